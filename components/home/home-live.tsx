'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useMemo } from 'react';
import { useRoom } from '@/components/shell/use-room';
import { useSocket } from '@/components/shell/realtime-provider';

const ANNOUNCEMENT_EVENTS = ['announcement:published', 'announcement:changed'];

/** Re-renders the page at most once per burst of events, however many rooms report at once. */
function useCoalescedRefresh(): () => void {
  const router = useRouter();
  return useMemo(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    return () => {
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), 300);
    };
  }, [router]);
}

function GroupRoom({ groupId, onActivity }: { groupId: string; onActivity: () => void }) {
  useRoom(`group:${groupId}`, { 'group:activity': onActivity });
  return null;
}

/**
 * Keeps the home page current: every signed-in socket is in the community room, where announcements
 * are published; the member's own groups report new activity in their rooms.
 */
export function HomeLive({ groupIds }: { groupIds: string[] }) {
  const socket = useSocket();
  const refresh = useCoalescedRefresh();
  useEffect(() => {
    if (!socket) return;
    for (const event of ANNOUNCEMENT_EVENTS) socket.on(event, refresh);
    return () => {
      for (const event of ANNOUNCEMENT_EVENTS) socket.off(event, refresh);
    };
  }, [socket, refresh]);
  return groupIds.map((id) => <GroupRoom key={id} groupId={id} onActivity={refresh} />);
}
