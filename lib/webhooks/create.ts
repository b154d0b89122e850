import { webhookEndpoints } from '@/db/schema';
import { seal, unseal } from '@/lib/mail/sealed';
import { refusal } from '@/lib/policy';
import { defineVerb, Replayed } from '@/lib/verb';
import { endpointByKey, type EndpointRow, requireDeliverableUrl } from './endpoint';
import { endpointInput } from './fields';
import { newWebhookSecret } from './sign';

export interface CreatedEndpoint {
  id: string;
  /** Shown once, to the manager who registered it; stored sealed. */
  secret: string;
}

const created = (row: EndpointRow): CreatedEndpoint => ({ id: row.id, secret: String(unseal(row.secret).secret) });

/** A manager registers an address for the events chosen; the signing secret is shown once. */
export const createWebhookEndpoint = defineVerb({
  name: 'webhooks.create',
  input: endpointInput,
  permission: 'manage:webhooks',
  policy: (actor) => refusal(actor, 'manage:webhooks'),
  replay: async (db, data, actor) => {
    const first = await endpointByKey(db, actor.id, data.idempotencyKey);
    return first ? created(first) : undefined;
  },
  // The address is resolved outside the transaction: a slow name server holds no lock.
  prepare: (data) => requireDeliverableUrl(data.url),
  run: async (ctx, data) => {
    const [row] = await ctx.tx
      .insert(webhookEndpoints)
      .values({ url: data.url, description: data.description, events: data.events, secret: seal({ secret: newWebhookSecret() }), createdBy: ctx.actor.id, idempotencyKey: data.idempotencyKey })
      .onConflictDoNothing({ target: [webhookEndpoints.createdBy, webhookEndpoints.idempotencyKey] })
      .returning();
    if (!row) throw new Replayed();
    return created(row);
  },
  audit: (result, data) => ({ action: 'webhook.create', targetType: 'webhook_endpoint', targetId: result.id, after: { url: data.url, events: data.events } }),
});
