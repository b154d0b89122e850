import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { reviewItems, sanctions, users } from '@/db/schema';
import { lockAccount } from '@/lib/members/queries';
import { refusal } from '@/lib/policy';
import { SANCTION_KINDS, type SanctionKind } from '@/lib/policy/moderation';
import { rooms } from '@/lib/realtime/io';
import { disconnectUser } from '@/lib/realtime/publish';
import { uuidField } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { closeItem, insertDecision, refreshQueue } from './decision';
import { strongestStanding, standingOf } from './measures';
import { queueMemberSuspended } from '@/lib/webhooks/sources';

const input = z
  .object({
    userId: uuidField,
    kind: z.enum(SANCTION_KINDS, 'errors.invalidField'),
    // The person reads it: required, though a few words are enough.
    reason: z.string('errors.reasonRequired').trim().min(1, 'errors.reasonRequired').max(500, 'errors.tooLong'),
    days: z.coerce.number().int('errors.invalidField').min(1, 'moderation.errors.days').max(365, 'moderation.errors.days').optional(),
    // Management → Members sends "false": an administrative measure, which carries no appeal.
    appealable: z.enum(['true', 'false'], 'errors.invalidField').or(z.boolean()).default(true).transform((v) => v === true || v === 'true'),
  })
  .refine((d) => (d.kind !== 'silence' && d.kind !== 'suspension') || d.days !== undefined, { path: ['days'], message: 'moderation.errors.days' });

export type SanctionInput = z.input<typeof input>;

const KEEPS_OUT: readonly SanctionKind[] = ['suspension', 'ban'];

/**
 * The one way to warn, silence, suspend or ban, from the moderation tools and from Management → Members.
 * A warning is a notice on record; silence (read-only) and suspension last a number of days and end by
 * themselves; a ban lasts until a manager lifts it. A milder measure never replaces a stronger one still
 * in force. The account is reloaded on every request, so the sanction counts from the next one, and open
 * sockets of a suspended or banned member close now. Suspended or banned with an appeal, the member may
 * still sign in to the page that takes it; without one, the sign-in closes and every session ends now.
 */
export const sanctionMember = defineVerb({
  name: 'moderation.sanction',
  input,
  load: (db, data) => lockAccount(db, data.userId),
  policy: (actor, user, data) => refusal(actor, 'impose:sanction', { kind: data.kind, user, appealable: data.appealable }),
  run: async (ctx, data, user) => {
    const { tx } = ctx;
    const endsAt = data.days !== undefined && (data.kind === 'silence' || data.kind === 'suspension') ? new Date(ctx.now.getTime() + data.days * 86_400_000) : null;
    const [sanction] = await tx.insert(sanctions).values({ userId: user.id, kind: data.kind, reason: data.reason, endsAt, issuedBy: ctx.actor.id, appealable: data.appealable }).returning();
    const imposed = standingOf(sanction!);
    const closesSignIn = KEEPS_OUT.includes(data.kind) && !data.appealable;
    if (imposed || closesSignIn) {
      await tx
        .update(users)
        .set({ ...(imposed ? strongestStanding([user, imposed]) : {}), ...(closesSignIn ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}) })
        .where(eq(users.id, user.id));
    }
    await ctx.notify([{ userId: user.id, kind: 'sanction', actorId: null, sanctionId: sanction!.id }]);
    if (KEEPS_OUT.includes(data.kind)) await queueMemberSuspended(tx, user, sanction!, ctx.now);
    // A reported profile is settled by the measure: its queue entry closes and the reporters hear so.
    const profile = { targetType: 'profile' as const, targetId: user.id };
    const [reported] = await tx
      .select({ id: reviewItems.id })
      .from(reviewItems)
      .where(and(eq(reviewItems.targetType, 'profile'), eq(reviewItems.targetId, user.id), isNull(reviewItems.closedAt)))
      .limit(1);
    if (reported) {
      const record = await insertDecision(tx, ctx.actor.id, { ...profile, authorId: user.id }, { action: 'sanction', note: data.kind, data: { sanction: sanction!.id } });
      await closeItem(ctx, profile, { action: 'sanction', reports: 'upheld' }, record.id);
    }
    refreshQueue(ctx);
    // Told in every open tab first, so the page they are on says why in place (keeping what they were
    // writing) instead of jumping to the sign-in; the socket then closes, after the message.
    ctx.publish(rooms.user(user.id), 'account:sanctioned', { kind: data.kind, reason: data.reason, endsAt: endsAt?.toISOString() ?? null });
    if (KEEPS_OUT.includes(data.kind)) ctx.afterCommit(() => disconnectUser(user.id));
    return sanction!;
  },
  audit: (sanction, data, user) => ({
    action: `moderation.sanction_${data.kind}`,
    targetType: 'user',
    targetId: user.id,
    reason: data.reason,
    before: { status: user.status, statusUntil: user.statusUntil },
    after: { sanction: sanction.id, endsAt: sanction.endsAt },
  }),
});

/** The same schema the REST API documents and checks (lib/api). */
export { input as sanctionInput };
