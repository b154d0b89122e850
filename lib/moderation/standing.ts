import { type Actor, canWrite, isActive } from '@/lib/auth/policy';
import { Forbidden } from '@/lib/errors';

/**
 * Called first by every verb that writes in the community (post, reply, react, vote, comment, file), so
 * a sanctioned member is told why and until when rather than a bare "not allowed".
 */
export function assertCanWrite(actor: Pick<Actor, 'status' | 'statusUntil'>): void {
  if (canWrite(actor)) return;
  const until = actor.statusUntil ? { until: actor.statusUntil.getTime() } : undefined;
  if (isActive(actor)) throw new Forbidden(until ? 'moderation.errors.silencedUntil' : 'moderation.errors.silenced', until);
  if (actor.status === 'suspended' && until) throw new Forbidden('moderation.errors.suspendedUntil', until);
  throw new Forbidden('moderation.errors.banned');
}
