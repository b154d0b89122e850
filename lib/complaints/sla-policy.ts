import type { Executor } from '@/db/client';
import { loadSlaPolicies } from './settings/sla-store';
import type { Priority, SlaPolicy } from './sla';

/** The manager's policy for a priority, or the default when none was saved. */
export async function loadSlaPolicy(db: Executor, priority: Priority): Promise<SlaPolicy> {
  return (await loadSlaPolicies(db))[priority];
}
