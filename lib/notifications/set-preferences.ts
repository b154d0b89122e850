import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { notificationPreferences } from '@/db/schema';
import { assertCan, type Actor, hasRole } from '@/lib/policy';
import { Forbidden } from '@/lib/errors';
import { parseInput } from '@/lib/verb';
import { CATEGORIES, CHANNELS } from './categories';

const input = z.partialRecord(z.enum(CATEGORIES, 'errors.invalidField'), z.enum(CHANNELS, 'errors.invalidField'));

export type PreferencesInput = z.input<typeof input>;

/** One's own choices, each category on its own; what is not sent keeps its current value. */
export async function setNotificationPreferences({ actor, input: raw }: { actor: Actor; input: PreferencesInput }) {
  assertCan(actor, 'view:community');
  const data = parseInput(input, raw);
  const rows = Object.entries(data).flatMap(([category, channel]) => (channel ? [{ userId: actor.id, category, channel }] : []));
  if ('staff' in data && !hasRole(actor, 'staff')) throw new Forbidden('notificationSettings.errors.staffOnly');
  if (rows.length === 0) return { saved: 0 };
  await getDb()
    .insert(notificationPreferences)
    .values(rows)
    .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.category], set: { channel: sql`excluded.channel`, updatedAt: sql`now()` } });
  return { saved: rows.length };
}
