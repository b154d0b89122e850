import { and, arrayContains, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { webhookDeliveries, webhookEndpoints } from '@/db/schema';
import type { WebhookEvent } from './catalog';

export { WEBHOOK_EVENTS, type WebhookEvent } from './catalog';

/**
 * Queues one delivery per active endpoint that subscribed to `type`, in the transaction of the event
 * itself: a rolled-back change sends nothing, and a committed one is never lost. The payload holds
 * ids and states, never a private case or an internal note. Called from the few places every event of
 * its kind passes through (complaint timeline rows, account creation, sanctions, reports).
 */
// The transactions that queued a delivery: the frame wakes the worker after their commit (lib/verb.ts).
const queuedIn = new WeakSet<object>();
export const webhooksQueuedIn = (tx: object) => queuedIn.has(tx);

export async function queueWebhook(tx: Tx, type: WebhookEvent, data: Record<string, unknown>, at = new Date()): Promise<number> {
  const endpoints = await tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.active, true), isNull(webhookEndpoints.disabledAt), arrayContains(webhookEndpoints.events, [type])));
  if (endpoints.length === 0) return 0;
  const payload = { type, timestamp: at.toISOString(), data };
  await tx.insert(webhookDeliveries).values(endpoints.map((e) => ({ endpointId: e.id, eventType: type, payload, nextAttemptAt: at })));
  queuedIn.add(tx);
  return endpoints.length;
}
