'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import type { EventName, EventPayload } from '@/lib/realtime/events';
import { useSocket } from './realtime-provider';

/** A listener per event the page cares about, each typed by the event map. */
export type RoomHandlers = { [E in EventName]?: (payload: EventPayload<E>) => void };

/** One listener for several events, for a page that only re-renders whatever the event says. */
export function onEach(events: readonly EventName[], listener: () => void): RoomHandlers {
  const handlers: RoomHandlers = {};
  for (const event of events) handlers[event] = listener;
  return handlers;
}

/**
 * Live updates for one room (`thread:<id>`, `group:<id>`): joins now and after every reconnection.
 * What happened while the connection was down is caught up by re-rendering the page from the server.
 * `renderedLatest` is the room's latest activity as the page was rendered: if the room has moved on
 * between the render and the first join, the page catches up too.
 */
export function useRoom(room: string, handlers: RoomHandlers, renderedLatest?: string): void {
  const socket = useSocket();
  const router = useRouter();
  const latest = useRef({ handlers, renderedLatest });
  latest.current = { handlers, renderedLatest };
  const events = Object.keys(handlers).sort().join(',');

  useEffect(() => {
    if (!socket) return;
    let joinedBefore = false;
    const join = () => {
      const first = !joinedBefore;
      joinedBefore = true;
      socket.emit('room:join', room, (answer: { ok: boolean; latest: string | null }) => {
        const rendered = latest.current.renderedLatest;
        const missedSinceRender = first && rendered !== undefined && answer.latest !== null && new Date(answer.latest) > new Date(rendered);
        if (!first || missedSinceRender) router.refresh();
      });
    };
    const listeners = (events.split(',').filter(Boolean) as EventName[]).map((event) => {
      const listener = <E extends EventName>(payload: EventPayload<E>) => (latest.current.handlers[event] as ((p: EventPayload<E>) => void) | undefined)?.(payload);
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
