import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { mailOutbox, memberRisk, memberRiskChanges, notifications } from '@/db/schema';
import { openFollowUp, type OpenFollowUpInput } from '@/lib/at-risk/open-follow-up';
import { sweepAtRisk } from '@/lib/at-risk/sweep';
import type { Actor } from '@/lib/policy';
import { rateComplaint } from '@/lib/complaints/rate';
import { sweepSla } from '@/lib/complaints/jobs/sla-sweep';
import { daysAgo, fileOne, key, type Lists, minutesFrom, setComplaint } from '../complaint-fixtures';
import { actorOf, createUser } from '../factories';

export { key };

/** A member who joined in 2007: nineteen years by 2026, like the bank's customer. */
export const veteran = async (displayName = 'Pilar') => actorOf(await createUser('member', { displayName, memberSince: new Date('2007-03-01T00:00:00Z') }));

/** The member's risk as stored, or none. */
export async function riskOf(memberId: string) {
  const [row] = await getDb().select().from(memberRisk).where(eq(memberRisk.userId, memberId));
  return { level: row?.level ?? 'none', signals: (row?.reasons ?? []).map((r) => r.signal), row };
}

export const changesOf = (memberId: string) => getDb().select().from(memberRiskChanges).where(eq(memberRiskChanges.userId, memberId)).orderBy(memberRiskChanges.id);

/** Recomputes one member as the wake-up after a verb does. */
export const refresh = (member: Actor, now = new Date()) => sweepAtRisk(now, [member.id]);

/** A complaint of `author` whose first answer fell due yesterday, breached by the real SLA sweep. */
export async function breached(author: Actor, lists: Lists, now = new Date()) {
  const c = await fileOne(author, lists);
  const createdAt = daysAgo(2, now);
  await setComplaint(c.id, { createdAt, nextDueAt: minutesFrom(createdAt, 1440), resolutionDueAt: minutesFrom(createdAt, 10080) });
  await sweepSla(now);
  return c;
}

export const rate = (author: Actor, complaintId: string, rating: number, wouldStay: boolean) =>
  rateComplaint({ actor: author, input: { complaintId, solved: rating > 2, rating, wouldStay } });

export async function noticesOf(userId: string, kind: (typeof notifications.$inferSelect)['kind']) {
  return getDb().select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));
}

export async function mailFor(notificationId: string) {
  return getDb().select().from(mailOutbox).where(eq(mailOutbox.notificationId, notificationId));
}

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

export const open = (actor: Actor, memberId: string, assigneeId: string, extra: Partial<OpenFollowUpInput> = {}) =>
  openFollowUp({ actor, input: { memberId, assigneeId, channel: 'call', dueAt: tomorrow(), idempotencyKey: key(), ...extra } });
