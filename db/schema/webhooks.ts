import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

// `sending` rows carry a lease: when it runs out (the process died mid-delivery) the row is due again.
export const webhookDeliveryStatusEnum = pgEnum('webhook_delivery_status', ['pending', 'sending', 'delivered', 'failed']);

/** Where a manager asked the community to send its events (Standard Webhooks: id, timestamp, HMAC signature). */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
  id: uuid('id').primaryKey().defaultRandom(),
  url: text('url').notNull(),
  description: text('description').notNull().default(''),
  events: text('events').array().notNull(),
  active: boolean('active').notNull().default(true),
  // `whsec_…`, sealed (AES-GCM with a key from the shared secret): whoever reads the table cannot sign.
  secret: text('secret').notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  // The first failure since the last success; failing for 3 days disables the endpoint.
  failingSince: timestamp('failing_since', { withTimezone: true }),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  // The form's key: a double submit registers one endpoint.
  idempotencyKey: text('idempotency_key'),
  },
  (t) => [uniqueIndex('webhook_endpoints_idempotency_key').on(t.createdBy, t.idempotencyKey)],
);

/**
 * One event for one endpoint, written in the transaction of the event itself. Its id is the
 * `webhook-id` header of every attempt, so a receiver sees a retry as the same message.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    eventType: text('event_type').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: webhookDeliveryStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    responseStatus: integer('response_status'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} in ('pending', 'sending')`),
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  ],
);
