import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

// An integration token: a manager gives another system (a CRM, a helpdesk) a key to the REST API.
// Only the SHA-256 of the secret is kept; the secret is shown once, when it is made. Every call acts
// for a named staff member (`acts_for`), whose own permissions still apply, within the token's scopes.
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    // The first characters of the secret ("trt_AbCd"), so a manager can tell tokens apart.
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull(),
    scopes: text('scopes').array().notNull(),
    actsFor: uuid('acts_for')
      .notNull()
      .references(() => users.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id),
  },
  (t) => [uniqueIndex('api_tokens_hash_key').on(t.tokenHash), index('api_tokens_created_idx').on(t.createdAt.desc().nullsFirst())],
);

// A POST with an `Idempotency-Key`: the first request claims the key, a retry reads the answer it got.
export const apiIdempotency = pgTable(
  'api_idempotency',
  {
    tokenId: uuid('token_id')
      .notNull()
      .references(() => apiTokens.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    // Method, path and body hash: the same key sent with another request is refused, not replayed.
    fingerprint: text('fingerprint').notNull(),
    // Null while the first request is still running.
    status: integer('status'),
    body: jsonb('body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tokenId, t.key] }), index('api_idempotency_created_idx').on(t.createdAt)],
);

