import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/logging/logger';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything that can run a query: the database or an open transaction. */
export type Executor = Db | Tx;

type Handle =
  | { mode: 'postgres'; db: Db; pool: pg.Pool }
  | { mode: 'pglite'; db: Db; client: PGlite; lockFile: string | null };

// Next bundles app code apart from server.ts; globalThis is what both see as one object.
const g = globalThis as unknown as { __tertuliaDb?: Handle; __tertuliaQueryCount?: { n: number }; __tertuliaOnClose?: (() => Promise<void>)[] };

export class DatabaseLockedError extends Error {
  constructor(dir: string, pid: string) {
    super(
      `The embedded database in ${dir} is already in use by another Tertulia process (pid ${pid}). ` +
        'Two processes on one embedded database would corrupt it. Stop the other process first, ' +
        'or set DATABASE_URL to a PostgreSQL server to run several processes.',
    );
    this.name = 'DatabaseLockedError';
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireLock(dir: string): string {
  const lockFile = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => rmSync(lockFile, { force: true });
      process.once('exit', release);
      return lockFile;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = readFileSync(lockFile, 'utf8').trim();
      if (Number(owner) !== process.pid && pidAlive(Number(owner))) throw new DatabaseLockedError(dir, owner);
      // The owner died without cleaning up: the lock is stale.
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockFile}`);
}

// Counting statements lets tests hold pages to a query budget (no N+1).
const queryCounter = {
  logQuery() {
    if (g.__tertuliaQueryCount) g.__tertuliaQueryCount.n++;
  },
};

// Full-text search ignores accents through unaccent, which the server has as a contrib extension.
export const PGLITE_EXTENSIONS = { unaccent };

function open(): Handle {
  // A build must never open (and lock, or create) the database a running server uses.
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    throw new Error('The database was reached during `next build`: a page is being prerendered that should be dynamic.');
  }
  const env = getEnv();
  if (env.DATABASE_URL) {
    // JIT compiles short interactive queries for 30–60 ms more than they take to run (measured on search).
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: env.DB_POOL_MAX, options: '-c jit=off' });
    // An idle connection the server drops (restart, failover) is discarded by the pool; without a
    // listener the 'error' it emits would be an uncaught exception. The next query opens a new one.
    pool.on('error', (e) => logger.warn({ err: e.message }, 'database connection lost'));
    return { mode: 'postgres', pool, db: drizzlePg(pool, { schema, logger: queryCounter }) as unknown as Db };
  }
  const dir = env.PGLITE_DATA_DIR;
  if (dir.startsWith('memory://')) return pgliteHandle(new PGlite(dir, { extensions: PGLITE_EXTENSIONS }), null);
  const absolute = path.resolve(dir);
  mkdirSync(path.dirname(absolute), { recursive: true });
  const lockFile = acquireLock(absolute);
  mkdirSync(absolute, { recursive: true });
  return pgliteHandle(new PGlite(absolute, { extensions: PGLITE_EXTENSIONS }), lockFile);
}

function pgliteHandle(client: PGlite, lockFile: string | null): Handle {
  return { mode: 'pglite', client, lockFile, db: drizzlePglite(client, { schema, logger: queryCounter }) as unknown as Db };
}

/**
 * Opens an in-memory embedded database from a saved image (`PGlite.dumpDataDir`). Integration tests
 * start every file from one migrated image: a new PGlite spends seconds in initdb and the migrations.
 */
export function openPgliteImage(image: Blob): void {
  if (g.__tertuliaDb) throw new Error('A database is already open');
  g.__tertuliaDb = pgliteHandle(new PGlite('memory://', { extensions: PGLITE_EXTENSIONS, loadDataDir: image }), null);
}

function handle(): Handle {
  g.__tertuliaDb ??= open();
  return g.__tertuliaDb;
}

export function getDb(): Db {
  return handle().db;
}

export function databaseMode(): Handle['mode'] {
  return handle().mode;
}

/** The raw pg pool, for what must hold one connection (migration lock, LISTEN). */
export function getPgPool(): pg.Pool | null {
  const h = handle();
  return h.mode === 'postgres' ? h.pool : null;
}

export function getPglite(): PGlite | null {
  const h = handle();
  return h.mode === 'pglite' ? h.client : null;
}

/** Work that holds a connection of its own (a LISTEN) and must end before the database closes. */
export function onClose(fn: () => Promise<void>): void {
  (g.__tertuliaOnClose ??= []).push(fn);
}

export async function closeDb(): Promise<void> {
  const hooks = g.__tertuliaOnClose ?? [];
  g.__tertuliaOnClose = [];
  for (const fn of hooks) await fn().catch(() => undefined);
  const h = g.__tertuliaDb;
  if (!h) return;
  g.__tertuliaDb = undefined;
  if (h.mode === 'postgres') {
    // pool.end() resolves once it has asked each connection to close, not once they have: wait for
    // them, or a database dropped right after (tests) kills a connection still open and it throws.
    let open = h.pool.totalCount;
    const closed = new Promise<void>((resolve) => {
      if (open === 0) resolve();
      h.pool.on('remove', () => --open === 0 && resolve());
    });
    await h.pool.end();
    await closed;
  } else {
    await h.client.close();
    if (h.lockFile) rmSync(h.lockFile, { force: true });
  }
}

/** Runs fn and returns how many SQL statements it issued. */
export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const counter = { n: 0 };
  g.__tertuliaQueryCount = counter;
  try {
    const result = await fn();
    return { result, queries: counter.n };
  } finally {
    g.__tertuliaQueryCount = undefined;
  }
}
