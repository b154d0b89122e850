'use client';

import { useDebouncedRefresh } from '@/components/shell/use-debounced-refresh';
import { useRoom } from '@/components/shell/use-room';

function GroupRoom({ groupId, onActivity, renderedAt }: { groupId: string; onActivity: () => void; renderedAt: string }) {
  useRoom(`group:${groupId}`, { 'group:activity': onActivity }, renderedAt);
  return null;
}

/**
 * Keeps the home page current: announcements and the member's own groups report changes in their
 * rooms. `renderedAt` lets a page whose socket connects late catch up on what changed meanwhile (a
 * reload, then an announcement deleted before the socket is back).
 */
export function HomeLive({ groupIds, renderedAt }: { groupIds: string[]; renderedAt: string }) {
  // At most once per burst of events, however many rooms report at once.
  const refresh = useDebouncedRefresh();
  useRoom('announcements', { 'announcement:published': refresh, 'announcement:changed': refresh }, renderedAt);
  return groupIds.map((id) => <GroupRoom key={id} groupId={id} onActivity={refresh} renderedAt={renderedAt} />);
}
