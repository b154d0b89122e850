import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { complaints, inboundReplies } from '@/db/schema';
import { NotFound } from '@/lib/errors';
import { isUuid } from '@/lib/pagination/cursor';
import type { Actor } from '@/lib/policy';

export interface HeldReply {
  id: string;
  status: 'published' | 'held' | 'discarded';
  body: string | null;
  complaintNumber: number | null;
}

/** The author's own reply by e-mail, as the decision page shows it; anyone else's is a 404. */
export async function heldReply(actor: Actor, id: string): Promise<HeldReply> {
  if (!isUuid(id)) throw new NotFound();
  const [row] = await getDb().select().from(inboundReplies).where(eq(inboundReplies.id, id));
  if (!row || row.userId !== actor.id) throw new NotFound();
  const complaintId = row.target.startsWith('complaint:') ? row.target.slice('complaint:'.length) : null;
  const [c] = complaintId ? await getDb().select({ number: complaints.number }).from(complaints).where(eq(complaints.id, complaintId)) : [];
  return { id: row.id, status: row.status, body: row.heldBody, complaintNumber: c?.number ?? null };
}
