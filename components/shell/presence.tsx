'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useEffect, useState } from 'react';
import { useSocket } from './realtime-provider';

/** "12 socios conectados", kept current as people come and go. */
export function Presence() {
  const t = useTranslations('shell');
  const socket = useSocket();
  const [online, setOnline] = useState<number | null>(null);

  useEffect(() => {
    if (!socket) return;
    const onPresence = (p: { online: number }) => setOnline(p.online);
    const ask = () => socket.emit('presence:get', (p: { online: number | null }) => p.online !== null && setOnline(p.online));
    socket.on('presence', onPresence);
    socket.on('connect', ask);
    if (socket.connected) ask();
    return () => {
      socket.off('presence', onPresence);
      socket.off('connect', ask);
    };
  }, [socket]);

  return (
    <p className="flex items-center gap-2 text-sm" aria-live="polite" data-testid="presence">
      <span aria-hidden="true" className={`inline-block size-2.5 rounded-full ${online ? 'bg-green-400' : 'bg-zinc-400'}`} />
      {online === null ? t('presenceConnecting') : t('presence', { count: online })}
    </p>
  );
}
