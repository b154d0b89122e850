'use client';

import { useRouter } from 'next/navigation';
import { onEach, useRoom } from '@/components/shell/use-room';
import type { EventName } from '@/lib/realtime/events';

function GroupRoom({ groupId, events, refresh, renderedAt }: { groupId: string; events: readonly EventName[]; refresh: () => void; renderedAt?: string }) {
  useRoom(`group:${groupId}`, onEach(events, refresh), renderedAt);
  return null;
}

/** One room per group shown, each calling `refresh` on its events; `renderedAt`: see useRoom. */
export function GroupRooms({ groupIds, events, refresh, renderedAt }: { groupIds: string[]; events: readonly EventName[]; refresh: () => void; renderedAt?: string }) {
  return groupIds.map((id) => <GroupRoom key={id} groupId={id} events={events} refresh={refresh} renderedAt={renderedAt} />);
}

const GROUP_EVENTS = ['group:activity', 'group:changed'] as const satisfies readonly EventName[];

/** Re-renders the page from the server when something happens in one of the groups it shows. */
export function GroupLive({ groupIds }: { groupIds: string[] }) {
  const router = useRouter();
  return <GroupRooms groupIds={groupIds} events={GROUP_EVENTS} refresh={() => router.refresh()} />;
}
