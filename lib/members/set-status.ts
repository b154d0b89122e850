import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { NotFound } from '@/lib/errors';
import { disconnectUser } from '@/lib/realtime/publish';
import { optionalText } from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';

const input = z
  .object({
    userId: z.uuid('errors.invalidField'),
    status: z.enum(['active', 'suspended', 'banned'], 'errors.invalidField'),
    reason: optionalText(500),
    suspendDays: z.coerce.number().int('errors.invalidField').min(1, 'errors.invalidField').max(365, 'errors.invalidField').optional(),
  })
  .refine((d) => d.status === 'active' || d.reason !== null, { path: ['reason'], message: 'errors.reasonRequired' })
  .refine((d) => d.status !== 'suspended' || d.suspendDays !== undefined, { path: ['suspendDays'], message: 'errors.required' });

export type SetStatusInput = z.input<typeof input>;

/** Suspend, ban or reinstate. Takes effect on the person's next request and closes their sockets. */
export async function setMemberStatus({ actor, input: raw }: { actor: Actor; input: SetStatusInput }) {
  const data = parseInput(input, raw);
  const db = getDb();
  await db.transaction(async (tx) => {
    const [target] = await tx.select().from(users).where(eq(users.id, data.userId)).for('update').limit(1);
    if (!target) throw new NotFound();
    assertCan(actor, 'set_status:user', target);
    const statusUntil = data.status === 'suspended' ? new Date(Date.now() + data.suspendDays! * 86_400_000) : null;
    await tx
      .update(users)
      .set({
        status: data.status,
        statusReason: data.status === 'active' ? null : data.reason,
        statusUntil,
        // A lifted sanction needs no new sign-in; a new one ends every session now.
        ...(data.status === 'active' ? {} : { sessionVersion: sql`${users.sessionVersion} + 1` }),
      })
      .where(eq(users.id, target.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: `account.${data.status === 'active' ? 'reinstate' : data.status === 'banned' ? 'ban' : 'suspend'}`,
      targetType: 'user',
      targetId: target.id,
      reason: data.reason,
      before: { status: target.status, statusUntil: target.statusUntil },
      after: { status: data.status, statusUntil },
    });
  });
  if (data.status !== 'active') disconnectUser(data.userId);
}
