import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { notificationPreferences } from '@/db/schema';
import { can } from '@/lib/policy';
import { defineVerb } from '@/lib/verb';
import { CATEGORIES, CHANNELS } from './categories';

const input = z.partialRecord(z.enum(CATEGORIES, 'errors.invalidField'), z.enum(CHANNELS, 'errors.invalidField'));

/** One's own choices, each category on its own; what is not sent keeps its current value. A silenced member keeps them. */
export const setNotificationPreferences = defineVerb({
  name: 'notifications.set-preferences',
  input,
  standing: 'active',
  // The staff category is about the staff area: only whoever may see it chooses how to hear of it.
  policy: (actor, _target, data) => ('staff' in data && !can(actor, 'view:staff_area') ? 'notificationSettings.errors.staffOnly' : null),
  run: async (ctx, data) => {
    const rows = Object.entries(data).flatMap(([category, channel]) => (channel ? [{ userId: ctx.actor.id, category, channel }] : []));
    if (rows.length === 0) return { saved: 0 };
    await ctx.tx
      .insert(notificationPreferences)
      .values(rows)
      .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.category], set: { channel: sql`excluded.channel`, updatedAt: sql`now()` } });
    return { saved: rows.length };
  },
});
