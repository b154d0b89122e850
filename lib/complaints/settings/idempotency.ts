import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { auditLog } from '@/db/schema';

/**
 * What an earlier submission with the same key created, if any. The settings tables carry no key
 * column, but every creation is audited with its key in the same transaction, so the audit row is
 * the record of "this submission already happened". Callers hold the list's lock, so a second
 * submission waiting behind the first sees its audit row once it commits.
 */
export async function createdWithKey(tx: Executor, actorId: string, action: string, key: string | undefined): Promise<string | null> {
  if (!key) return null;
  const [row] = await tx
    .select({ targetId: auditLog.targetId })
    .from(auditLog)
    .where(and(eq(auditLog.actorId, actorId), eq(auditLog.action, action), sql`${auditLog.after} ->> 'idempotencyKey' = ${key}`))
    .limit(1);
  return row?.targetId ?? null;
}
