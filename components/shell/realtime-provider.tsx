'use client';

import { useRouter } from 'next/navigation';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import type { Socket } from 'socket.io-client';
import type { EventName, EventPayload } from '@/lib/realtime/events';
import { type Sanctioned, SanctionNotice } from './sanction-notice';

/** What the server says (the event map, and the presence count) and what a page asks of it. */
type ServerEvents = { [E in EventName]: (payload: EventPayload<E>) => void } & { presence: (p: { online: number }) => void };
interface ClientEvents {
  'room:join': (room: string, ack: (answer: { ok: boolean; latest: string | null }) => void) => void;
  'room:leave': (room: string) => void;
  'presence:get': (ack: (p: { online: number | null }) => void) => void;
}
export type LiveSocket = Socket<ServerEvents, ClientEvents>;

const RealtimeContext = createContext<LiveSocket | null>(null);

export function useSocket(): LiveSocket | null {
  return useContext(RealtimeContext);
}

/** One socket per tab, shared by every live piece of the page. */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const [socket, setSocket] = useState<LiveSocket | null>(null);
  const [sanction, setSanction] = useState<Sanctioned | null>(null);

  useEffect(() => {
    let s: LiveSocket | null = null;
    let unmounted = false;
    // Loaded once the page is up: socket.io-client is ~13 kB of gzipped JavaScript that the first
    // paint does not need (live updates start a moment later; every live piece waits for the socket).
    void import('socket.io-client').then(({ io }) => {
      if (unmounted) return;
      s = io({ transports: ['websocket', 'polling'] });
      // A manager changed the brand: re-render with the new colours and name.
      s.on('brand:updated', () => router.refresh());
      // The server refused us (ban, sign-out everywhere): the next page load shows why.
      s.on('connect_error', (err) => {
        if (err.message === 'unauthorized') s?.disconnect();
      });
      // A sanction says why on this page; the closing socket that follows must not reload it away.
      let told = false;
      s.on('account:sanctioned', (payload) => {
        told = payload.kind === 'suspension' || payload.kind === 'ban';
        setSanction(payload);
      });
      s.on('disconnect', (reason) => {
        if (reason === 'io server disconnect' && !told) router.refresh();
      });
      setSocket(s);
    });
    return () => {
      unmounted = true;
      s?.disconnect();
    };
  }, [router]);

  return (
    <RealtimeContext.Provider value={socket}>
      {children}
      {sanction ? <SanctionNotice sanction={sanction} onDismiss={() => setSanction(null)} /> : null}
    </RealtimeContext.Provider>
  );
}
