import { type Actor, canWrite, isActive } from '@/lib/auth/policy';
import { Forbidden } from '@/lib/errors';

/**
 * Called first by every verb that writes in the community (post, reply, react, vote, comment, file), so
 * a sanctioned member is told why and until when rather than a bare "not allowed".
 */
export function assertCanWrite(actor: Pick<Actor, 'status' | 'statusUntil'>): void {
  if (canWrite(actor)) return;
  const { reason, until } = standingRefusal(actor);
  throw new Forbidden(reason, until ? { until: new Date(until).getTime() } : undefined);
}

/** Why a sanctioned account is refused, as an i18n key, and the end date if the sanction has one. */
export function standingRefusal(actor: Pick<Actor, 'status' | 'statusUntil'>): { reason: string; until: string | null } {
  const until = actor.statusUntil?.toISOString() ?? null;
  if (isActive(actor)) return { reason: until ? 'moderation.errors.silencedUntil' : 'moderation.errors.silenced', until };
  if (actor.status === 'suspended' && until) return { reason: 'moderation.errors.suspendedUntil', until };
  return { reason: 'moderation.errors.banned', until: null };
}
