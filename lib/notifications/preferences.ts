import { and, eq, inArray } from 'drizzle-orm';
import { type Executor, getDb } from '@/db/client';
import { notificationPreferences } from '@/db/schema';
import { type Actor, can } from '@/lib/policy';
import { type Category, type Channel, categoriesFor, DEFAULT_CHANNEL } from './categories';

export type ChannelOf = (userId: string, category: Category) => Channel;

/** Everyone's choices for a set of people in one query; what they never chose is the default. */
export async function channelsFor(db: Executor, userIds: string[]): Promise<ChannelOf> {
  const chosen = new Map<string, Channel>();
  if (userIds.length > 0) {
    const rows = await db
      .select({ userId: notificationPreferences.userId, category: notificationPreferences.category, channel: notificationPreferences.channel })
      .from(notificationPreferences)
      .where(inArray(notificationPreferences.userId, [...new Set(userIds)]));
    for (const r of rows) chosen.set(`${r.userId}:${r.category}`, r.channel);
  }
  return (userId, category) => chosen.get(`${userId}:${category}`) ?? DEFAULT_CHANNEL[category];
}

export async function channelOf(db: Executor, userId: string, category: Category): Promise<Channel> {
  const [row] = await db
    .select({ channel: notificationPreferences.channel })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.category, category)));
  return row?.channel ?? DEFAULT_CHANNEL[category];
}

export interface PreferenceDto {
  category: Category;
  channel: Channel;
}

/** The form's rows: every category this person may hear about, with what applies now. */
export async function preferencesOf(actor: Actor): Promise<PreferenceDto[]> {
  const of = await channelsFor(getDb(), [actor.id]);
  return categoriesFor(can(actor, 'view:staff_area')).map((category) => ({ category, channel: of(actor.id, category) }));
}
