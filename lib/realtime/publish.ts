import type { EventName, EventPayload } from './events';
import { getIo, rooms } from './io';

/** After commit only: tells open sockets what changed. A no-op where no server runs (tests, scripts). */
export function publish<E extends EventName>(room: string, event: E, payload: EventPayload<E>): void {
  getIo()?.to(room).emit(event, payload);
}

/** A ban, suspension, role change or sign-out-everywhere closes the person's open sockets at once. */
export function disconnectUser(userId: string): void {
  getIo()?.in(rooms.user(userId)).disconnectSockets(true);
}
