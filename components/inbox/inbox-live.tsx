'use client';

import { useEffect } from 'react';
import { useSocket } from '@/components/shell/realtime-provider';
import { useDebouncedRefresh } from '@/components/shell/use-debounced-refresh';
import type { EventName } from '@/lib/realtime/events';

const INBOX: readonly EventName[] = ['inbox:changed'];

/**
 * Staff sockets are in the staff room from the start; every complaint verb says 'inbox:changed' there.
 * After a reconnection the page catches up on whatever changed while the connection was down. Other
 * staff pages that change with the staff room (members at risk) name their own events.
 */
export function InboxLive({ events = INBOX }: { events?: readonly EventName[] }) {
  const socket = useSocket();
  const refresh = useDebouncedRefresh(400);
  useEffect(() => {
    if (!socket) return;
    let connectedBefore = socket.connected;
    const reconnected = () => {
      if (connectedBefore) refresh();
      connectedBefore = true;
    };
    for (const event of events) socket.on(event, refresh);
    socket.on('connect', reconnected);
    return () => {
      for (const event of events) socket.off(event, refresh);
      socket.off('connect', reconnected);
    };
  }, [socket, refresh, events]);
  return null;
}
