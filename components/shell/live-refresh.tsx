'use client';

import { onEach, useRoom } from '@/components/shell/use-room';
import type { EventName } from '@/lib/realtime/events';
import { useDebouncedRefresh } from './use-debounced-refresh';

/**
 * Re-renders the page from the server when the room announces a change, so each viewer sees only what
 * they may see. `renderedLatest`: see useRoom.
 */
export function LiveRefresh({ room, events, renderedLatest }: { room: string; events: readonly EventName[]; renderedLatest?: string }) {
  const refresh = useDebouncedRefresh();
  useRoom(room, onEach(events, refresh), renderedLatest);
  return null;
}
