import { and, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, getDb, type Tx } from '@/db/client';
import { mailOutbox, notifications, rateLimits, retentionSettings } from '@/db/schema';
import { definePublicVerb, defineVerb } from '@/lib/verb';

/** Safe defaults (what the settings row starts with): the shortest periods the product still works with. */
export const RETENTION_DEFAULTS = { clientIpDays: 30, mailBodyDays: 90, readNotificationDays: 365, exportFileDays: 7, auditLogDays: 2190 } as const;
export type Retention = { -readonly [K in keyof typeof RETENTION_DEFAULTS]: number };
export const RETENTION_FIELDS = Object.keys(RETENTION_DEFAULTS) as (keyof Retention)[];

// Each period has a floor below which something breaks (a lockout forgotten mid-attack, an export its
// owner never had time to fetch, an audit trail shorter than the limitation period for complaints).
const LIMITS: Record<keyof Retention, [number, number]> = {
  clientIpDays: [1, 365],
  mailBodyDays: [7, 730],
  readNotificationDays: [30, 1825],
  exportFileDays: [1, 30],
  auditLogDays: [1095, 3650],
};

// Error keys are letters only (lib/verb.ts): privacy.errors.rangeClientIpDays…
const rangeKey = (key: keyof Retention) => `privacy.errors.range${key[0]!.toUpperCase()}${key.slice(1)}`;

const days = (key: keyof Retention) =>
  z.coerce
    .number('errors.invalidField')
    .int('privacy.errors.wholeDays')
    .min(LIMITS[key][0], rangeKey(key))
    .max(LIMITS[key][1], rangeKey(key));

export const retentionLimits = LIMITS;

export async function retentionOf(db: Executor = getDb()): Promise<Retention> {
  const [row] = await db.select().from(retentionSettings).where(eq(retentionSettings.id, 1)).limit(1);
  if (!row) return { ...RETENTION_DEFAULTS };
  return Object.fromEntries(RETENTION_FIELDS.map((k) => [k, row[k]])) as Retention;
}

export const updateRetention = defineVerb({
  name: 'privacy.updateRetention',
  input: z.object(Object.fromEntries(RETENTION_FIELDS.map((k) => [k, days(k)])) as { [K in keyof Retention]: ReturnType<typeof days> }),
  permission: 'manage:retention',
  load: (db) => retentionOf(db),
  run: async (ctx, data) => {
    await ctx.tx
      .insert(retentionSettings)
      .values({ id: 1, ...data, updatedAt: ctx.now, updatedById: ctx.actor.id })
      .onConflictDoUpdate({ target: retentionSettings.id, set: { ...data, updatedAt: ctx.now, updatedById: ctx.actor.id } });
    return data;
  },
  audit: (after, _, before) => ({ action: 'privacy.retention_update', targetType: 'retention_settings', targetId: '1', before, after }),
});

/** One purge: what it deletes or blanks before `cutoff`, in the job's transaction; returns how many rows. */
export type Purge = (tx: Tx, cutoff: Date) => Promise<number>;

const count = (r: unknown) => (r as { rowCount?: number | null }).rowCount ?? (r as { affectedRows?: number }).affectedRows ?? 0;

/**
 * What each period purges. The export files (the export helper's table) are purged through
 * `registerRetentionPurge('exportFileDays', …)` by the module that owns them; until one registers, that
 * period purges nothing.
 */
const PURGES: Partial<Record<keyof Retention, Purge[]>> = {
  // Rate-limit counters are keyed by client address (and account e-mail): a counter expired longer ago than the period goes.
  clientIpDays: [async (tx, cutoff) => count(await tx.delete(rateLimits).where(and(isNotNull(rateLimits.expire), lt(rateLimits.expire, cutoff))))],
  // An outbox row keeps its headers (who, when, whether it went) for the mail log; its sealed values (the body's data) go.
  mailBodyDays: [
    async (tx, cutoff) =>
      count(
        await tx
          .update(mailOutbox)
          .set({ sealedValues: null })
          .where(and(isNotNull(mailOutbox.sealedValues), lt(mailOutbox.createdAt, cutoff), inArray(mailOutbox.status, ['sent', 'failed']))),
      ),
  ],
  readNotificationDays: [async (tx, cutoff) => count(await tx.delete(notifications).where(and(isNotNull(notifications.readAt), lt(notifications.readAt, cutoff))))],
  // Whole entries only, by this job alone: the trigger lets a delete through only inside this transaction's flag, and only past the period.
  auditLogDays: [
    async (tx, cutoff) => {
      await tx.execute(sql`select set_config('tertulia.audit_purge_before', ${cutoff.toISOString()}, true)`);
      const r = await tx.execute(sql`delete from audit_log where created_at < ${cutoff.toISOString()}::timestamptz`);
      await tx.execute(sql`select set_config('tertulia.audit_purge_before', '', true)`);
      return count(r);
    },
  ],
};

/** For the module that owns a kind of data this file cannot see (export files). */
export function registerRetentionPurge(period: keyof Retention, purge: Purge): void {
  (PURGES[period] ??= []).push(purge);
}

const DAY_MS = 86_400_000;

/**
 * The retention job: each period's purges on rows older than it, in one transaction, then one audit
 * entry that records what went (counts only). Run on a fixed clock in tests.
 */
const purge = definePublicVerb({
  name: 'privacy.retentionPurge',
  input: z.object({ now: z.date() }),
  load: (db) => retentionOf(db),
  run: async (ctx, { now }, retention) => {
    // One purge at a time across processes; a second one waits and finds nothing left.
    await ctx.tx.execute(sql`select pg_advisory_xact_lock(hashtext('retention_purge'))`);
    const purged: Partial<Record<keyof Retention, number>> = {};
    for (const period of RETENTION_FIELDS) {
      const cutoff = new Date(now.getTime() - retention[period] * DAY_MS);
      let n = 0;
      for (const p of PURGES[period] ?? []) n += await p(ctx.tx, cutoff);
      purged[period] = n;
    }
    return purged;
  },
  // Recorded after the purge, so the entry that says the audit log was trimmed is never trimmed with it.
  audit: (purged) => (Object.values(purged).some((n) => n > 0) ? { action: 'privacy.retention_purge', targetType: 'retention_settings', targetId: '1', after: purged } : null),
});

export const purgeExpiredData = (now = new Date()) => purge({ actor: null, input: { now } });

const HOUR_MS = 3_600_000;
let lastPurge = 0;

/** The periodic job's entry: hourly is often enough for periods counted in days. */
export async function retentionJob(now = new Date()): Promise<unknown> {
  if (now.getTime() - lastPurge < HOUR_MS) return { skipped: true };
  lastPurge = now.getTime();
  return purgeExpiredData(now);
}
