import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { webhookEndpoints } from '@/db/schema';
import { refusal } from '@/lib/policy';
import { defineVerb } from '@/lib/verb';
import { loadEndpoint, requireDeliverableUrl } from './endpoint';
import { endpointUpdate } from './fields';

/**
 * Address, events and on/off. Turning a disabled endpoint back on clears its failure clock, and what
 * waited for it goes out again (deliveries are kept while it is off, never dropped).
 */
export const updateWebhookEndpoint = defineVerb({
  name: 'webhooks.update',
  input: endpointUpdate,
  permission: 'manage:webhooks',
  load: (db, data) => loadEndpoint(db, data.id),
  policy: (actor) => refusal(actor, 'manage:webhooks'),
  prepare: (data, endpoint) => (data.url === endpoint.url ? Promise.resolve() : requireDeliverableUrl(data.url)),
  run: async (ctx, data, endpoint) => {
    const turnedOn = data.active && !endpoint.active;
    await ctx.tx
      .update(webhookEndpoints)
      .set({ url: data.url, description: data.description, events: data.events, active: data.active, updatedAt: ctx.now, ...(turnedOn ? { disabledAt: null, failingSince: null } : {}) })
      .where(eq(webhookEndpoints.id, endpoint.id));
    return { id: endpoint.id, before: { url: endpoint.url, events: endpoint.events, active: endpoint.active } };
  },
  audit: (r, data) => ({ action: 'webhook.update', targetType: 'webhook_endpoint', targetId: r.id, before: r.before, after: { url: data.url, events: data.events, active: data.active } }),
});

/** Removes an endpoint with its deliveries. */
export const deleteWebhookEndpoint = defineVerb({
  name: 'webhooks.delete',
  input: z.object({ id: z.uuid('errors.invalidField') }),
  permission: 'manage:webhooks',
  load: (db, data) => loadEndpoint(db, data.id),
  policy: (actor) => refusal(actor, 'manage:webhooks'),
  run: async (ctx, _, endpoint) => {
    await ctx.tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    return { id: endpoint.id, url: endpoint.url };
  },
  audit: (r) => ({ action: 'webhook.delete', targetType: 'webhook_endpoint', targetId: r.id, before: { url: r.url } }),
});
