'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { useSocket } from './realtime-provider';

type Handlers = Record<string, (payload: never) => void>;

/**
 * Live updates for one room (`thread:<id>`, `group:<id>`): joins now and after every reconnection.
 * What happened while the connection was down is caught up by re-rendering the page from the server,
 * unless the caller handles `onCatchUp` itself.
 */
export function useRoom(room: string, handlers: Handlers, onCatchUp?: () => void): void {
  const socket = useSocket();
  const router = useRouter();
  const latest = useRef({ handlers, onCatchUp });
  latest.current = { handlers, onCatchUp };
  const events = Object.keys(handlers).sort().join(',');

  useEffect(() => {
    if (!socket) return;
    let joinedBefore = false;
    const join = () => {
      socket.emit('room:join', room, () => undefined);
      if (joinedBefore) (latest.current.onCatchUp ?? router.refresh)();
      joinedBefore = true;
    };
    const listeners = events.split(',').filter(Boolean).map((event) => {
      const listener = (payload: unknown) => latest.current.handlers[event]?.(payload as never);
      socket.on(event, listener);
      return [event, listener] as const;
    });
    if (socket.connected) join();
    socket.on('connect', join);
    return () => {
      socket.off('connect', join);
      for (const [event, listener] of listeners) socket.off(event, listener);
      socket.emit('room:leave', room);
    };
  }, [socket, room, events, router]);
}
