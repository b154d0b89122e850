import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Shape required by rate-limiter-flexible's RateLimiterDrizzle, so that every app process shares
// the same counters.
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  points: integer('points').notNull().default(0),
  expire: timestamp('expire', { withTimezone: true }),
});
