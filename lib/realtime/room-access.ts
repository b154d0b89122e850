import { resolveSessionUser } from '@/lib/auth/session-user';
import { type Actor, isActive, standingRefusal } from '@/lib/policy';
import type { SocketIdentity } from './handshake';

/** The answer to a join: whether it was allowed, and when the room last had news (for catching up). */
export interface RoomAccess {
  ok: boolean;
  latest: string | null;
  /** Why a sanctioned account may not join (an i18n key) and until when. */
  refusal?: { reason: string; until: string | null };
}

/** An area's answer for one of its rooms: null when it does not exist or is not this reader's, else its latest news. */
export type RoomGrant = { latest: Date | null } | null;

type Authorize = (actor: Actor) => Promise<RoomGrant>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Each area registers its rooms (lib/<area>/rooms.ts, composed in lib/registrations.ts): this module knows none of them.
const perTarget = new Map<string, (actor: Actor, id: string) => Promise<RoomGrant>>();
const shared = new Map<string, Authorize>();

/** Rooms named `kind:<uuid>`, one per thread, group or complaint: the area checks the target exists and the reader may see it. */
export function registerRoom(kind: string, authorize: (actor: Actor, id: string) => Promise<RoomGrant>): void {
  perTarget.set(kind, authorize);
}

/** One room for everyone it lets in (the board, announcements, the review queue). */
export function registerSharedRoom(name: string, authorize: Authorize): void {
  shared.set(name, authorize);
}

function authorizerOf(room: string): Authorize | undefined {
  const whole = shared.get(room);
  if (whole) return whole;
  const at = room.indexOf(':');
  const byId = at > 0 ? perTarget.get(room.slice(0, at)) : undefined;
  const id = room.slice(at + 1);
  return byId && UUID.test(id) ? (actor) => byId(actor, id) : undefined;
}

/**
 * Every join is checked like a page load: the account is reloaded (a suspension since the handshake
 * counts) and the room must be one the person may read.
 */
export async function authorizeRoom(identity: SocketIdentity, room: unknown): Promise<RoomAccess> {
  const refused = { ok: false, latest: null } as const;
  const authorize = typeof room === 'string' ? authorizerOf(room) : undefined;
  if (!authorize) return refused;
  const actor = await resolveSessionUser(identity);
  if (!actor) return refused;
  if (!isActive(actor)) return { ...refused, refusal: standingRefusal(actor) };
  const grant = await authorize(actor);
  return grant ? { ok: true, latest: grant.latest?.toISOString() ?? null } : refused;
}
