'use client';

import { useEffect } from 'react';
import { useSocket } from '@/components/shell/realtime-provider';
import { useDebouncedRefresh } from '@/components/shell/use-debounced-refresh';

/**
 * Staff sockets are in the staff room from the start; every complaint verb says 'inbox:changed' there.
 * After a reconnection the page catches up on whatever changed while the connection was down.
 */
export function InboxLive() {
  const socket = useSocket();
  const refresh = useDebouncedRefresh(400);
  useEffect(() => {
    if (!socket) return;
    let connectedBefore = socket.connected;
    const reconnected = () => {
      if (connectedBefore) refresh();
      connectedBefore = true;
    };
    socket.on('inbox:changed', refresh);
    socket.on('connect', reconnected);
    return () => {
      socket.off('inbox:changed', refresh);
      socket.off('connect', reconnected);
    };
  }, [socket, refresh]);
  return null;
}
