import type { Server } from 'socket.io';
import { rooms } from './io';

const DEBOUNCE_MS = 300;

/**
 * Counts distinct people (not tabs) connected across every app process and tells everyone.
 * fetchSockets() asks the other processes through the adapter, so the count is community-wide.
 */
export function presenceTracker(io: Server) {
  let timer: NodeJS.Timeout | undefined;

  async function count(): Promise<number> {
    const sockets = await io.in(rooms.community).fetchSockets();
    return new Set(sockets.map((s) => (s.data as { userId?: string }).userId)).size;
  }

  async function broadcast() {
    timer = undefined;
    try {
      io.to(rooms.community).emit('presence', { online: await count() });
    } catch {
      // Another process did not answer in time; the next change will broadcast again.
    }
  }

  return {
    count,
    changed() {
      timer ??= setTimeout(broadcast, DEBOUNCE_MS);
    },
    stop() {
      if (timer) clearTimeout(timer);
    },
  };
}
