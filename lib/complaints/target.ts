import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { complaintRatings, complaints } from '@/db/schema';
import { NotFound } from '@/lib/errors';
import { type Actor, type Permission, type Refusal, refusal, type TargetOf } from '@/lib/policy';
import type { ComplaintFacts } from '@/lib/policy/complaints';
import type { ComplaintRow } from './apply';

/** A complaint as a verb changes it: its row, locked for the transaction, and the facts lib/policy decides on. */
export interface Target {
  complaint: ComplaintRow;
  facts: ComplaintFacts;
}

/** The `load` of every complaint verb: the row locked `for update`, so two changes to one complaint run one after the other. */
export async function lockTarget(db: Executor, id: string): Promise<Target> {
  const [row] = await db
    .select({ complaint: complaints, rated: complaintRatings.complaintId })
    .from(complaints)
    .leftJoin(complaintRatings, eq(complaintRatings.complaintId, complaints.id))
    .where(eq(complaints.id, id))
    .for('update', { of: complaints })
    .limit(1);
  if (!row) throw new NotFound();
  const c = row.complaint;
  return { complaint: c, facts: { authorId: c.authorId, status: c.status, resolvedAt: c.resolvedAt, closedAt: c.closedAt, rated: row.rated !== null } };
}

/** Many complaints, each once and in id order, so two batches over the same complaints never deadlock. */
export async function lockTargets(db: Executor, ids: readonly string[]): Promise<Target[]> {
  const locked: Target[] = [];
  for (const id of [...new Set(ids)].sort()) locked.push(await lockTarget(db, id));
  return locked;
}

/** A batch is refused whole with the first complaint's reason: one that may not take the change stops them all. */
export function refusalOfAny(targets: readonly Target[], rule: (t: Target) => Refusal): Refusal {
  for (const t of targets) {
    const refused = rule(t);
    if (refused) return refused;
  }
  return null;
}

type ComplaintPermission = { [P in Permission]: TargetOf<P> extends import('@/lib/policy/complaints').ComplaintFacts ? P : never }[Permission];

/** The `load` and `policy` of a verb on one complaint: the row locked, then the rule of lib/policy/complaints.ts. */
export const onComplaint = (permission: ComplaintPermission) => ({
  load: (db: Executor, data: { complaintId: string }) => lockTarget(db, data.complaintId),
  policy: (actor: Actor, { facts }: Target) => refusal(actor, permission, facts),
});
