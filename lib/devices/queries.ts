import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { userSessions } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session-user';
import { placeOf } from './describe';

export interface Device {
  id: string;
  browser: string | null;
  os: string | null;
  /** A country or language name in the reader's language, from the browser's language alone. */
  place: string | null;
  signedInAt: Date;
  lastSeenAt: Date;
  current: boolean;
}

/** One's own signed-in devices, the one in use first, then by last seen. */
export async function listDevices(user: CurrentUser, viewerLocale: string): Promise<Device[]> {
  const rows = await getDb().select().from(userSessions).where(eq(userSessions.userId, user.id)).orderBy(desc(userSessions.lastSeenAt)).limit(100);
  return rows
    .map((r) => ({ id: r.id, browser: r.browser, os: r.os, place: placeOf(r.language, viewerLocale), signedInAt: r.createdAt, lastSeenAt: r.lastSeenAt, current: r.id === user.sessionId }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}
