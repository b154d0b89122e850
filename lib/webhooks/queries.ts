import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { webhookDeliveries, webhookDeliveryStatusEnum, webhookEndpoints } from '@/db/schema';
import { Forbidden, NotFound } from '@/lib/errors';
import { isUuid } from '@/lib/pagination/cursor';
import { type Actor, can } from '@/lib/policy';
import { WEBHOOK_EVENTS, type WebhookEvent } from './events';

export const DELIVERY_PAGE = 30;
export const DELIVERY_STATUSES = webhookDeliveryStatusEnum.enumValues;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface EndpointItem {
  id: string;
  url: string;
  description: string;
  events: WebhookEvent[];
  active: boolean;
  disabledAt: Date | null;
  failingSince: Date | null;
  createdAt: Date;
  pending: number;
  failed: number;
}

export interface DeliveryItem {
  id: string;
  eventType: WebhookEvent;
  status: DeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  createdAt: Date;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
}

const known = (events: string[]) => events.filter((e): e is WebhookEvent => (WEBHOOK_EVENTS as readonly string[]).includes(e));

/** The manager's list of endpoints with how many deliveries wait or failed; never the secret. */
export async function listEndpoints(actor: Actor): Promise<EndpointItem[]> {
  if (!can(actor, 'manage:webhooks')) throw new Forbidden();
  const rows = await getDb()
    .select({
      id: webhookEndpoints.id,
      url: webhookEndpoints.url,
      description: webhookEndpoints.description,
      events: webhookEndpoints.events,
      active: webhookEndpoints.active,
      disabledAt: webhookEndpoints.disabledAt,
      failingSince: webhookEndpoints.failingSince,
      createdAt: webhookEndpoints.createdAt,
      pending: sql<number>`(select count(*)::int from ${webhookDeliveries} d where d.endpoint_id = ${webhookEndpoints.id} and d.status in ('pending', 'sending'))`,
      failed: sql<number>`(select count(*)::int from ${webhookDeliveries} d where d.endpoint_id = ${webhookEndpoints.id} and d.status = 'failed')`,
    })
    .from(webhookEndpoints)
    .orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id));
  return rows.map((r) => ({ ...r, events: known(r.events) }));
}

export async function getEndpoint(actor: Actor, id: string): Promise<EndpointItem> {
  if (!isUuid(id)) throw new NotFound();
  const found = (await listEndpoints(actor)).find((e) => e.id === id);
  if (!found) throw new NotFound();
  return found;
}

/** One endpoint's deliveries, newest first, a page at a time; the cursor is the last id shown. */
export async function listDeliveries(actor: Actor, endpointId: string, opts: { cursor?: string | null } = {}): Promise<{ items: DeliveryItem[]; nextCursor: string | null }> {
  if (!can(actor, 'manage:webhooks')) throw new Forbidden();
  if (!isUuid(endpointId)) throw new NotFound();
  const rows = await getDb()
    .select({
      id: webhookDeliveries.id,
      eventType: webhookDeliveries.eventType,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      responseStatus: webhookDeliveries.responseStatus,
      lastError: webhookDeliveries.lastError,
      createdAt: webhookDeliveries.createdAt,
      lastAttemptAt: webhookDeliveries.lastAttemptAt,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      deliveredAt: webhookDeliveries.deliveredAt,
    })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.endpointId, endpointId),
        opts.cursor && isUuid(opts.cursor)
          ? sql`(${webhookDeliveries.createdAt}, ${webhookDeliveries.id}) < (select d.created_at, d.id from ${webhookDeliveries} d where d.id = ${opts.cursor})`
          : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(DELIVERY_PAGE + 1);
  const items = rows.slice(0, DELIVERY_PAGE).map((r) => ({ ...r, eventType: r.eventType as WebhookEvent}));
  return { items, nextCursor: rows.length > DELIVERY_PAGE ? items[items.length - 1]!.id : null };
}
