import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { followUps, users } from '@/db/schema';
import { NotFound } from '@/lib/errors';

/** The member a verb is about; a missing or erased account (lib/privacy/erase.ts) is a 404, like any other. */
export async function loadMember(db: Executor, memberId: string) {
  const [row] = await db.select({ id: users.id, role: users.role, status: users.status, erasedAt: users.erasedAt }).from(users).where(eq(users.id, memberId)).limit(1);
  if (!row || row.erasedAt) throw new NotFound();
  return { id: row.id, role: row.role, status: row.status };
}

/** A follow-up, locked for the verb's transaction, with the facts its policy reads. */
export async function lockFollowUp(db: Executor, followUpId: string) {
  const [row] = await db.select().from(followUps).where(eq(followUps.id, followUpId)).for('update').limit(1);
  if (!row) throw new NotFound();
  return { followUp: row, assigneeId: row.assigneeId, closed: row.closedAt !== null };
}
