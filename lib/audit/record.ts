import type { Executor } from '@/db/client';
import { auditLog } from '@/db/schema';

export interface AuditEntry {
  actorId: string | null;
  /** The integration token the actor acted through, if any. */
  integrationId?: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Written inside the action's own transaction: a failed action leaves no audit row behind. */
export async function recordAudit(tx: Executor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actorId,
    integrationId: entry.integrationId ?? null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    reason: entry.reason ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
