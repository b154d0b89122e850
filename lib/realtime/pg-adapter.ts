import { createAdapter } from '@socket.io/postgres-adapter';
import pg from 'pg';
import { logger } from '@/lib/logging/logger';

export type AdapterState = 'listening' | 'connecting' | 'down';

const MAX_BACKOFF_MS = 30_000;

/** 0 on the first try; then 0.5 s, 1 s, 2 s … up to 30 s, on top of the adapter's own 1–3 s pause. */
export function listenBackoffMs(failures: number): number {
  return failures === 0 ? 0 : Math.min(500 * 2 ** (failures - 1), MAX_BACKOFF_MS);
}

/**
 * The socket.io PostgreSQL adapter, with a LISTEN connection that comes back after the server does.
 * The adapter reconnects when its client ends, but takes that client from the pool it is given and
 * never gives it back: after a restart the dead client holds a pool slot for good and, with a small
 * pool, the new LISTEN takes the last one, so every publish waits for ever. Here LISTEN gets a client
 * of its own on each (re)connection, with an 'error' listener, and publishes use the pool.
 */
export function postgresAdapter(connectionString: string) {
  const pool = new pg.Pool({ connectionString, max: 2 });
  pool.on('error', (e) => logger.warn({ err: e.message }, 'realtime pool connection lost'));
  let state: AdapterState = 'connecting';
  let failures = 0;
  let closed = false;

  const source = {
    query: (text: string, values?: unknown[]) => pool.query(text, values),
    async connect() {
      await new Promise((resolve) => setTimeout(resolve, listenBackoffMs(failures)));
      if (closed) throw new Error('closed');
      const client = new pg.Client({ connectionString });
      // A dropped connection emits 'error' and then 'end'; the adapter reconnects on 'end'.
      client.on('error', () => undefined);
      client.on('end', () => {
        if (closed || state !== 'listening') return;
        state = 'down';
        logger.error('realtime adapter lost its LISTEN connection: other processes\' events are not arriving; reconnecting');
      });
      try {
        await client.connect();
      } catch (e) {
        failures++;
        if (state !== 'down') logger.error({ err: (e as Error).message }, 'realtime adapter cannot reach PostgreSQL; retrying');
        state = 'down';
        throw e;
      }
      if (failures > 0 || state === 'down') logger.warn('realtime adapter listening again');
      failures = 0;
      state = 'listening';
      return Object.assign(client, { release: () => void client.end().catch(() => undefined) });
    },
  };

  return {
    adapter: createAdapter(source as unknown as pg.Pool, {
      tableName: 'socket_io_attachments',
      errorHandler: (e: Error) => logger.debug({ err: e.message }, 'realtime adapter error'),
    }),
    state: (): AdapterState => state,
    async close() {
      closed = true;
      await pool.end();
    },
  };
}
