import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAdapter } from '@/lib/realtime/pg-adapter';
import { startThrowawayPostgres, type ThrowawayPostgres, throwawayPostgresAvailable } from '../throwaway-postgres';

// PostgreSQL-only: the fault is a real `pg_ctl -m fast restart` of a cluster this file starts.
const enabled = Boolean(process.env.TEST_DATABASE_URL) && throwawayPostgresAvailable();

describe.skipIf(!enabled)('realtime across processes survives a PostgreSQL restart', () => {
  let cluster: ThrowawayPostgres;
  const nodes: { http: HttpServer; io: Server; close: () => Promise<void> }[] = [];
  const clients: Socket[] = [];

  beforeAll(async () => {
    cluster = await startThrowawayPostgres();
    const db = new pg.Client({ connectionString: cluster.url });
    await db.connect();
    await db.query('CREATE TABLE socket_io_attachments (id bigserial UNIQUE, created_at timestamptz DEFAULT NOW(), payload bytea)');
    await db.end();
  });

  afterAll(async () => {
    for (const c of clients) c.disconnect();
    for (const n of nodes) {
      await n.io.close();
      await n.close();
    }
    cluster?.destroy();
  });

  async function node() {
    const http = createServer();
    const io = new Server(http);
    const shared = postgresAdapter(cluster.url);
    io.adapter(shared.adapter);
    io.on('connection', (s) => void s.join('room'));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    nodes.push({ http, io, close: shared.close });
    return { io, state: shared.state, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
  }

  /** Emits from one process until a socket on the other hears it; the time it took, or null. */
  async function delivered(from: Server, to: Socket, withinMs: number): Promise<number | null> {
    const started = Date.now();
    let heard = false;
    const listener = () => (heard = true);
    to.on('ping:test', listener);
    try {
      while (Date.now() - started < withinMs) {
        from.to('room').emit('ping:test');
        await new Promise((r) => setTimeout(r, 200));
        if (heard) return Date.now() - started;
      }
      return null;
    } finally {
      to.off('ping:test', listener);
    }
  }

  it('reconnects LISTEN with backoff and reports its state', async () => {
    const a = await node();
    const b = await node();
    const socket = connect(b.url, { transports: ['websocket'] });
    clients.push(socket);
    await new Promise<void>((r) => socket.once('connect', () => r()));
    expect(await delivered(a.io, socket, 10_000)).not.toBeNull();
    expect(b.state()).toBe('listening');

    cluster.restart();
    const recovery = await delivered(a.io, socket, 20_000);
    expect(recovery).not.toBeNull();
    expect(a.state()).toBe('listening');
    expect(b.state()).toBe('listening');
  }, 60_000);
});
