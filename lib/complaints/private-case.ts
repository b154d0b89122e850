import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { complaints } from '@/db/schema';
import { applyChange, type ComplaintRow, type EventRow } from './apply';

/**
 * A message in the private case between the author and staff. The first one also tells the public
 * timeline that the conversation continues privately, so silence in public is never mistaken for none.
 */
export async function continuePrivately(
  tx: Tx,
  c: ComplaintRow,
  actorId: string,
  bodyMd: string,
  data: Record<string, unknown> | undefined,
  now: Date,
  idempotencyKey?: string,
): Promise<EventRow[]> {
  const party = actorId === c.authorId ? 'author' : 'staff';
  const message = await applyChange(tx, c, { actorId, party, event: { kind: 'private_message', visibility: 'private', bodyMd, data, idempotencyKey }, now });
  if (!message) return [];
  if (c.continuedPrivately) return [message.event];
  await tx.update(complaints).set({ continuedPrivately: true }).where(eq(complaints.id, c.id));
  const notice = await applyChange(tx, message.complaint, { actorId, party, event: { kind: 'continued_privately' }, now });
  return [message.event, notice!.event];
}
