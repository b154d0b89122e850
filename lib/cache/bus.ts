import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { getDb, getPglite, onClose } from '@/db/client';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/logging/logger';
import { pageCache, type TaggedCache } from './store';

/**
 * Every process hears every change: triggers on the tables that pages read (migration `page_cache`)
 * NOTIFY `tertulia_cache` with the tags that changed, at commit, whoever wrote (a verb, a job, psql).
 * This listener drops those tags from this process's cache. A verb waits for its own change to be
 * heard here (`settle`) before it answers, so the page its member sees next already shows it.
 */

export const CHANNEL = 'tertulia_cache';
const FENCE = 'fence:';
const RECONNECT_MS = 1_000;
const SETTLE_TIMEOUT_MS = 2_000;

export interface Bus {
  ready: Promise<void>;
  fences: Map<string, () => void>;
  close: () => Promise<void>;
}

const g = globalThis as unknown as { __tertuliaCacheBus?: Bus };

function heard(cache: TaggedCache, payload: string | undefined, fences: Map<string, () => void>): void {
  if (!payload) return;
  if (payload.startsWith(FENCE)) {
    fences.get(payload.slice(FENCE.length))?.();
    return;
  }
  cache.invalidate(payload.split(','));
}

function listenPostgres(cache: TaggedCache, url: string, fences: Map<string, () => void>): Bus {
  let client: pg.Client | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const lost = (why: string) => {
    if (closed) return;
    cache.setListening(false);
    logger.warn({ why }, 'page cache stopped listening; pages are read from the database until it listens again');
    client?.removeAllListeners();
    client?.end().catch(() => undefined);
    client = null;
    timer = setTimeout(connect, RECONNECT_MS);
  };
  const connect = () => {
    if (closed) return;
    const c = new pg.Client({ connectionString: url });
    client = c;
    c.on('notification', (n) => heard(cache, n.payload, fences));
    c.on('error', (e) => lost(e.message));
    c.on('end', () => lost('connection ended'));
    c.connect()
      .then(() => c.query(`LISTEN ${CHANNEL}`))
      .then(() => {
        if (client !== c) return;
        cache.setListening(true);
        resolveReady();
      })
      .catch((e: Error) => lost(e.message));
  };
  connect();
  return {
    ready,
    fences,
    close: async () => {
      closed = true;
      clearTimeout(timer);
      cache.setListening(false);
      const c = client;
      client = null;
      c?.removeAllListeners();
      await c?.end().catch(() => undefined);
    },
  };
}

/**
 * A listener feeding `cache`: its own connection on PostgreSQL (as every process has), the embedded
 * database's own notifications with PGlite (one process owns it). Also what a test uses to stand for
 * a second process.
 */
export function listenForChanges(cache: TaggedCache): Bus {
  const fences = new Map<string, () => void>();
  const url = getEnv().DATABASE_URL;
  if (url) return listenPostgres(cache, url, fences);
  const lite = getPglite();
  if (!lite) throw new Error('No database handle');
  let unlisten: (() => Promise<void>) | undefined;
  const ready = lite.listen(CHANNEL, (payload) => heard(cache, payload, fences)).then((stop) => {
    unlisten = stop;
    cache.setListening(true);
  });
  return {
    ready,
    fences,
    close: async () => {
      cache.setListening(false);
      await unlisten?.().catch(() => undefined);
    },
  };
}

/** Starts this process's listener once (a no-op when it listens); resolves when it listens. */
export function startCacheBus(): Promise<void> {
  if (g.__tertuliaCacheBus) return g.__tertuliaCacheBus.ready;
  if (!pageCache().enabled) return Promise.resolve();
  const bus = listenForChanges(pageCache());
  g.__tertuliaCacheBus = bus;
  onClose(async () => {
    if (g.__tertuliaCacheBus === bus) g.__tertuliaCacheBus = undefined;
    await bus.close();
  });
  return bus.ready;
}

/**
 * Resolves once this process has heard every change committed before the call: a marker NOTIFY is
 * delivered after them, on the same connection, in commit order. If it does not come, nothing cached
 * is trusted.
 */
export async function settleCache(): Promise<void> {
  const bus = g.__tertuliaCacheBus;
  if (!bus || !pageCache().listening) return;
  const id = randomUUID();
  const arrived = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), SETTLE_TIMEOUT_MS);
    bus.fences.set(id, () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  try {
    await getDb().execute(sql`select pg_notify(${CHANNEL}, ${FENCE + id})`);
    if (!(await arrived)) {
      logger.warn('page cache did not hear its own change in time; cleared');
      pageCache().invalidate(['*']);
    }
  } finally {
    bus.fences.delete(id);
  }
}
