'use client';

import { useRoom } from '@/components/shell/use-room';
import { useDebouncedRefresh } from './use-debounced-refresh';

/**
 * Re-renders the page from the server when the room announces a change, so each viewer sees only what
 * they may see. `renderedLatest`: see useRoom.
 */
export function LiveRefresh({ room, events, renderedLatest }: { room: string; events: string[]; renderedLatest?: string }) {
  const refresh = useDebouncedRefresh();
  useRoom(room, Object.fromEntries(events.map((e) => [e, refresh])), renderedLatest);
  return null;
}
