import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { asc, eq, lte } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, getDb, type Tx } from '@/db/client';
import { blockedRecords, privacySettings } from '@/db/schema';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/logging/logger';
import { getStorage, isSafeKey } from '@/lib/uploads/storage';
import { definePublicVerb } from '@/lib/verb';

/**
 * The blocked store (LOPDGDD art. 32). Writing goes through `block()`, inside the erasure's transaction;
 * reading only through the privacy officer's extraction (./extract.ts); destroying only through the
 * purge job below. No query module, page, search, export, API or socket imports this table.
 */
export interface BlockedItem {
  kind: string;
  sourceId?: string | null;
  payload: Record<string, unknown>;
}

export const DEFAULT_BLOCKED_RETENTION_DAYS = 3 * 365;
const DAY_MS = 86_400_000;

export async function block(tx: Tx, subjectId: string, items: BlockedItem[], now: Date): Promise<void> {
  if (items.length === 0) return;
  for (let i = 0; i < items.length; i += 500) {
    await tx.insert(blockedRecords).values(items.slice(i, i + 500).map((item) => ({ subjectId, kind: item.kind, sourceId: item.sourceId ?? null, payload: item.payload, blockedAt: now })));
  }
}

/** Uploaded files of blocked content leave the uploads folder (nothing serves them) for the blocked one. */
export function blockedFilesDir(): string {
  return path.resolve(getEnv().DATA_DIR, 'blocked');
}

export async function moveToBlocked(keys: string[]): Promise<void> {
  const storage = getStorage();
  for (const key of keys) {
    if (!isSafeKey(key)) continue;
    // Out of the store every page serves from (the disk, or PostgreSQL's stored_files), into the blocked folder.
    const bytes = await storage.take(key);
    if (!bytes) continue;
    const to = path.join(blockedFilesDir(), key);
    await mkdir(path.dirname(to), { recursive: true });
    await writeFile(to, bytes);
  }
}

/** The limitation period the manager set (days), or the default of three years. */
export async function blockedRetentionDays(db: Executor = getDb()): Promise<number> {
  const [row] = await db.select({ days: privacySettings.blockedRetentionDays }).from(privacySettings).where(eq(privacySettings.id, 1));
  return row?.days ?? DEFAULT_BLOCKED_RETENTION_DAYS;
}

const purge = definePublicVerb({
  name: 'privacy.purgeBlocked',
  input: z.object({ now: z.date() }),
  run: async ({ tx, audit }, { now }) => {
    const cutoff = new Date(now.getTime() - (await blockedRetentionDays(tx)) * DAY_MS);
    const gone = await tx.delete(blockedRecords).where(lte(blockedRecords.blockedAt, cutoff)).returning({ subjectId: blockedRecords.subjectId, kind: blockedRecords.kind, payload: blockedRecords.payload });
    if (gone.length > 0) {
      // Destruction is on the record, by count and person id only.
      const bySubject = new Map<string, number>();
      for (const g of gone) bySubject.set(g.subjectId, (bySubject.get(g.subjectId) ?? 0) + 1);
      for (const [subjectId, records] of bySubject) await audit({ action: 'privacy.blocked_destroyed', targetType: 'user', targetId: subjectId, after: { records, blockedBefore: cutoff.toISOString() } });
    }
    return { destroyed: gone.length, files: gone.flatMap((g) => (g.kind === 'file' && typeof g.payload.key === 'string' ? [g.payload.key] : [])) };
  },
});

/** The job: destroys blocked data (rows and files) past the limitation period. */
export async function purgeBlocked(now = new Date()): Promise<number> {
  const { destroyed, files } = await purge({ actor: null, input: { now } });
  for (const key of files) if (isSafeKey(key)) await rm(path.join(blockedFilesDir(), key), { force: true });
  if (destroyed > 0) logger.info({ destroyed }, 'blocked data destroyed');
  return destroyed;
}

/** For the privacy officer's extraction only (./extract.ts). */
export function blockedOf(db: Executor, subjectId: string) {
  return db
    .select({ kind: blockedRecords.kind, sourceId: blockedRecords.sourceId, payload: blockedRecords.payload, blockedAt: blockedRecords.blockedAt })
    .from(blockedRecords)
    .where(eq(blockedRecords.subjectId, subjectId))
    .orderBy(asc(blockedRecords.id));
}
