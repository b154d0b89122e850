/**
 * Every live event, by name, with its payload: the one contract between publishers (after commit) and
 * the pages that listen (`useRoom`). This module knows no feature area: each area declares its own
 * events in `lib/<area>/live-events.ts` by adding to this interface.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by each area's declaration
export interface RealtimeEvents {}

export type EventName = keyof RealtimeEvents;
export type EventPayload<E extends EventName> = RealtimeEvents[E];

/** An event with nothing to say but that something changed: the page reloads what it shows. */
export type Ping = Record<string, never>;
