'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from '@/components/i18n/intl';
import { type ReactNode, useEffect, useState } from 'react';
import { useSocket } from '@/components/shell/realtime-provider';

/**
 * The unread count, rendered by the server and kept current over the socket: every socket is in its
 * person's `user:<id>` room from the handshake, so there is no room to join here. The icon comes
 * rendered from the server (the shell), which keeps lucide out of the browser's first load.
 */
export function NotificationBell({ unread, icon }: { unread: number; icon: ReactNode }) {
  const t = useTranslations('notifications');
  const socket = useSocket();
  const router = useRouter();
  const [state, setState] = useState({ from: unread, count: unread });
  // A fresh server render (navigation, refresh) is the truth again.
  if (state.from !== unread) setState({ from: unread, count: unread });

  useEffect(() => {
    if (!socket) return;
    let connectedBefore = socket.connected;
    const onNew = () => setState((s) => ({ ...s, count: s.count + 1 }));
    const onCount = (p: { unread: number }) => setState((s) => ({ ...s, count: p.unread }));
    // Whatever arrived while the connection was down is counted by the server on a re-render.
    const onConnect = () => {
      if (connectedBefore) router.refresh();
      connectedBefore = true;
    };
    socket.on('notification:new', onNew);
    socket.on('notifications:count', onCount);
    socket.on('connect', onConnect);
    return () => {
      socket.off('notification:new', onNew);
      socket.off('notifications:count', onCount);
      socket.off('connect', onConnect);
    };
  }, [socket, router]);

  const count = state.count;
  return (
    <Link
      href="/notifications"
      aria-label={t('bell', { count })}
      data-testid="notification-bell"
      className="relative inline-flex size-11 shrink-0 items-center justify-center rounded-md hover:bg-black/10"
    >
      {icon}
      {count > 0 ? (
        <span
          aria-hidden="true"
          data-testid="notification-count"
          className="absolute right-0.5 top-0.5 min-w-5 rounded-full bg-brand-fg px-1 text-center text-xs font-bold leading-5 text-brand ring-2 ring-brand"
        >
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </Link>
  );
}
