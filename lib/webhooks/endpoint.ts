import { and, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { webhookEndpoints } from '@/db/schema';
import { Invalid, NotFound } from '@/lib/errors';
import { checkWebhookUrl } from './address';

export type EndpointRow = typeof webhookEndpoints.$inferSelect;

/** The endpoint a verb changes, locked; a missing one is a 404. */
export async function loadEndpoint(db: Executor, id: string): Promise<EndpointRow> {
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id)).for('update');
  if (!row) throw new NotFound();
  return row;
}

export async function endpointByKey(db: Executor, createdBy: string, key: string): Promise<EndpointRow | undefined> {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.createdBy, createdBy), eq(webhookEndpoints.idempotencyKey, key)))
    .limit(1);
  return row;
}

/** The address must be http(s) and reach no private network (resolved now; again at every delivery). */
export async function requireDeliverableUrl(url: string): Promise<void> {
  const refused = await checkWebhookUrl(url);
  if (refused) throw new Invalid({ url: [refused] });
}
