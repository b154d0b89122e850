'use client';

import { GroupRooms } from '@/components/groups/group-live';
import { useDebouncedRefresh } from '@/components/shell/use-debounced-refresh';
import { useRoom } from '@/components/shell/use-room';
import type { EventName } from '@/lib/realtime/events';

const GROUP_EVENTS = ['group:activity'] as const satisfies readonly EventName[];

/**
 * Keeps the home page current: announcements and the member's own groups report changes in their
 * rooms. `renderedAt` lets a page whose socket connects late catch up on what changed meanwhile (a
 * reload, then an announcement deleted before the socket is back).
 */
export function HomeLive({ groupIds, renderedAt }: { groupIds: string[]; renderedAt: string }) {
  // At most once per burst of events, however many rooms report at once.
  const refresh = useDebouncedRefresh();
  useRoom('announcements', { 'announcement:published': refresh, 'announcement:changed': refresh }, renderedAt);
  return <GroupRooms groupIds={groupIds} events={GROUP_EVENTS} refresh={refresh} renderedAt={renderedAt} />;
}
