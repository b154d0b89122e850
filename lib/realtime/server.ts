import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { getEnv } from '@/lib/env';
import { identify, originAllowed, type SocketIdentity } from './handshake';
import { rooms, setIo } from './io';
import { postgresAdapter } from './pg-adapter';
import { presenceTracker } from './presence';
import { authorizeRoom } from './room-access';

export interface RealtimeServer {
  io: Server;
  close(): Promise<void>;
}

/** socket.io on the same HTTP server as Next; with PostgreSQL, events are shared across processes. */
export function attachRealtime(httpServer: HttpServer): RealtimeServer {
  const env = getEnv();
  const io = new Server(httpServer, {
    serveClient: false,
    // Next's own upgrade handler (dev reload) shares the server: leave its sockets alone.
    destroyUpgrade: false,
    // No connectionStateRecovery: the PostgreSQL adapter cannot replay missed events. A page that
    // reconnects joins its rooms again and reloads what it shows (docs/decisions/0009-realtime-catch-up.md).
  });

  const shared = env.DATABASE_URL ? postgresAdapter(env.DATABASE_URL) : null;
  if (shared) io.adapter(shared.adapter);

  io.use(async (socket, next) => {
    const { headers } = socket.handshake;
    if (!originAllowed(headers.origin, headers.host)) return next(new Error('origin_not_allowed'));
    try {
      const identity = await identify(headers.cookie);
      if (!identity) return next(new Error('unauthorized'));
      socket.data = identity satisfies SocketIdentity;
      next();
    } catch {
      next(new Error('unavailable'));
    }
  });

  const presence = presenceTracker(io);

  io.on('connection', (socket) => {
    const { userId, role } = socket.data as SocketIdentity;
    void socket.join([rooms.community, rooms.user(userId), ...(role === 'member' ? [] : [rooms.staff])]);
    presence.changed();
    socket.on('presence:get', async (ack: unknown) => {
      if (typeof ack === 'function') ack({ online: await presence.count().catch(() => null) });
    });
    // A page asks for the live updates of one thread or group; the answer says whether it may have them.
    socket.on('room:join', async (room: unknown, ack: unknown) => {
      const access = await authorizeRoom(socket.data as SocketIdentity, room).catch(() => ({ ok: false, latest: null }));
      if (access.ok) await socket.join(room as string);
      if (typeof ack === 'function') ack(access);
    });
    socket.on('room:leave', (room: unknown) => {
      if (typeof room === 'string') void socket.leave(room);
    });
    socket.on('disconnect', () => presence.changed());
  });

  setIo(io, shared?.state);
  return {
    io,
    async close() {
      presence.stop();
      setIo(undefined);
      await io.close();
      await shared?.close();
    },
  };
}
