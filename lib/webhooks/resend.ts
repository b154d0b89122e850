import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { webhookDeliveries } from '@/db/schema';
import { Conflict, NotFound } from '@/lib/errors';
import { refusal } from '@/lib/policy';
import { defineVerb } from '@/lib/verb';
import { wakeWebhookWorker } from './wake';

/**
 * "Send again": the same delivery, with the same `webhook-id` (the receiver can tell it already has it),
 * due now with a fresh set of attempts. One in flight is left to finish.
 */
export const resendWebhookDelivery = defineVerb({
  name: 'webhooks.resend',
  input: z.object({ id: z.uuid('errors.invalidField') }),
  permission: 'manage:webhooks',
  policy: (actor) => refusal(actor, 'manage:webhooks'),
  run: async (ctx, { id }) => {
    const [row] = await ctx.tx
      .update(webhookDeliveries)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: ctx.now, leaseUntil: null })
      .where(and(eq(webhookDeliveries.id, id), inArray(webhookDeliveries.status, ['pending', 'failed', 'delivered'])))
      .returning({ id: webhookDeliveries.id, endpointId: webhookDeliveries.endpointId });
    if (!row) {
      const [exists] = await ctx.tx.select({ id: webhookDeliveries.id }).from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
      throw exists ? new Conflict('webhooks.errors.inFlight') : new NotFound();
    }
    ctx.afterCommit(wakeWebhookWorker);
    return row;
  },
  audit: (row) => ({ action: 'webhook.resend', targetType: 'webhook_endpoint', targetId: row.endpointId, after: { deliveryId: row.id } }),
});
