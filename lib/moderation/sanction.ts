import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { moderationActions, reviewItems, sanctions, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Actor } from '@/lib/policy';
import { NotFound } from '@/lib/errors';
import { announceNotifications, writeNotifications } from '@/lib/notifications/write';
import { disconnectUser } from '@/lib/realtime/publish';
import { uuidField } from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';
import { announceQueue, closeItem } from './act';
import { strongestStanding, standingOf } from './measures';
import { assertSanction, SANCTION_KINDS } from './policy';

const input = z
  .object({
    userId: uuidField,
    kind: z.enum(SANCTION_KINDS, 'errors.invalidField'),
    reason: z.string().trim().min(5, 'moderation.errors.sanctionReason').max(500, 'errors.tooLong'),
    days: z.coerce.number().int('errors.invalidField').min(1, 'moderation.errors.days').max(365, 'moderation.errors.days').optional(),
  })
  .refine((d) => (d.kind !== 'silence' && d.kind !== 'suspension') || d.days !== undefined, { path: ['days'], message: 'moderation.errors.days' });

export type SanctionInput = z.input<typeof input>;

/**
 * A warning is a notice on record; silence (read-only) and suspension last a number of days and end by
 * themselves; a ban lasts until a manager lifts it. A milder measure never replaces a stronger one still
 * in force. The account is reloaded on every request, so the
 * sanction counts from the next one, and open sockets of a suspended or banned member close now.
 */
export async function sanctionMember({ actor, input: raw }: { actor: Actor; input: SanctionInput }) {
  const data = parseInput(input, raw);
  const { sanction, notified } = await getDb().transaction(async (tx) => {
    const [target] = await tx.select().from(users).where(eq(users.id, data.userId)).for('update').limit(1);
    if (!target) throw new NotFound();
    assertSanction(actor, data.kind, target);
    const endsAt = data.days !== undefined && (data.kind === 'silence' || data.kind === 'suspension') ? new Date(Date.now() + data.days * 86_400_000) : null;
    const [sanction] = await tx.insert(sanctions).values({ userId: target.id, kind: data.kind, reason: data.reason, endsAt, issuedBy: actor.id }).returning();
    const imposed = standingOf(sanction!);
    if (imposed) await tx.update(users).set(strongestStanding([target, imposed])).where(eq(users.id, target.id));
    const notified = await writeNotifications(tx, actor.id, [{ userId: target.id, kind: 'sanction', actorId: null, sanctionId: sanction!.id }]);
    // A reported profile is settled by the measure: its queue entry closes and the reporters hear so.
    const profile = { targetType: 'profile' as const, targetId: target.id };
    const [reported] = await tx.select({ id: reviewItems.id }).from(reviewItems).where(and(eq(reviewItems.targetType, 'profile'), eq(reviewItems.targetId, target.id), isNull(reviewItems.closedAt))).limit(1);
    if (reported) {
      const [record] = await tx
        .insert(moderationActions)
        .values({ ...profile, action: 'sanction', note: data.kind, actorId: actor.id, authorId: target.id, data: { sanction: sanction!.id } })
        .returning({ id: moderationActions.id });
      notified.push(...(await closeItem(tx, actor, profile, { action: 'sanction', reports: 'upheld' }, record!.id)));
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: `moderation.sanction_${data.kind}`,
      targetType: 'user',
      targetId: target.id,
      reason: data.reason,
      before: { status: target.status, statusUntil: target.statusUntil },
      after: { sanction: sanction!.id, endsAt },
    });
    return { sanction: sanction!, notified };
  });
  announceNotifications(notified);
  announceQueue();
  if (data.kind === 'suspension' || data.kind === 'ban') disconnectUser(data.userId);
  return sanction;
}
