import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { and, desc, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { type Executor, getDb } from '@/db/client';
import { dataExports, users } from '@/db/schema';
import { getEnv } from '@/lib/env';
import { Conflict, Gone, NotFound } from '@/lib/errors';
import { TIME_ZONE, type Locale } from '@/lib/i18n/config';
import { dynamicTranslatorFor } from '@/lib/i18n/translator';
import { logger } from '@/lib/logging/logger';
import type { Actor } from '@/lib/policy';
import { getStorage } from '@/lib/uploads/storage';
import { definePublicVerb, defineVerb } from '@/lib/verb';
import { EXPORT_KINDS, uploadKeysOf } from './kinds';
import { openSelfServiceRequest, settleSelfServiceRequests } from './requests';
import { wakePrivacyJobs } from './wake';

export const EXPORT_DAYS = 7;
const LEASE_MS = 10 * 60_000;
const DAY_MS = 86_400_000;

/** The community-time day (Europe/Madrid) an instant falls on: "at most one a day" counts in it. */
export function communityDay(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function exportsDir(): string {
  return path.resolve(getEnv().DATA_DIR, 'exports');
}

const fileOf = (key: string) => path.join(exportsDir(), key);

/**
 * "Download my data": one request a day, built in the background. A second request the same day (a
 * double submit too) finds the first and is refused with the reason; nothing more is written.
 */
export const requestDataExport = defineVerb({
  name: 'privacy.requestExport',
  input: z.object({}),
  // A silenced member keeps the right of access.
  standing: 'active',
  load: async (db, _data, actor) => {
    const [user] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, actor.id));
    return user?.locale ?? null;
  },
  run: async ({ tx, actor, now, afterCommit }, _data, locale) => {
    const [row] = await tx
      .insert(dataExports)
      .values({ userId: actor.id, requestedDay: communityDay(now), locale: locale ?? 'es', createdAt: now })
      .onConflictDoNothing()
      .returning({ id: dataExports.id });
    if (!row) throw new Conflict('privacy.errors.oneExportADay');
    await openSelfServiceRequest(tx, actor.id, 'access', row.id, now);
    afterCommit(() => wakePrivacyJobs());
    return row.id;
  },
});

export interface ExportItem {
  id: string;
  status: 'queued' | 'building' | 'ready' | 'failed' | 'expired';
  progress: number;
  createdAt: Date;
  expiresAt: Date | null;
  bytes: number | null;
}

/** The member's own exports, newest first, and whether they may ask for another today. */
export async function myExports(actor: Actor, now = new Date(), db: Executor = getDb()): Promise<{ items: ExportItem[]; canRequest: boolean }> {
  const rows = await db.select().from(dataExports).where(eq(dataExports.userId, actor.id)).orderBy(desc(dataExports.createdAt)).limit(10);
  const today = communityDay(now);
  return {
    items: rows.map((r) => ({
      id: r.id,
      status: r.status === 'ready' && (!r.expiresAt || r.expiresAt <= now || !r.fileKey) ? 'expired' : r.status,
      progress: r.progress,
      createdAt: r.createdAt,
      expiresAt: r.expiresAt,
      bytes: r.bytes,
    })),
    canRequest: !rows.some((r) => r.requestedDay === today),
  };
}

/** The ZIP's bytes for its owner: anyone else meets "not found", a link past its seven days "gone". */
export async function exportFile(actor: Actor, id: string, now = new Date(), db: Executor = getDb()): Promise<{ bytes: Buffer; name: string }> {
  if (!z.uuid().safeParse(id).success) throw new NotFound();
  const [row] = await db.select().from(dataExports).where(and(eq(dataExports.id, id), eq(dataExports.userId, actor.id)));
  if (!row || row.status !== 'ready') throw new NotFound();
  if (!row.fileKey || !row.expiresAt || row.expiresAt <= now) throw new Gone('privacy.errors.exportExpired');
  const bytes = await readFile(fileOf(row.fileKey)).catch(() => null);
  if (!bytes) throw new Gone('privacy.errors.exportExpired');
  return { bytes, name: `${row.locale === 'en' ? 'my-data' : 'mis-datos'}-${row.requestedDay}.zip` };
}

/** Everything held about the person, as the ZIP the member downloads: a JSON file per kind, their uploads and a README. */
export async function buildExportZip(userId: string, locale: Locale, onProgress: (percent: number) => Promise<void> = async () => {}, db: Executor = getDb()): Promise<Uint8Array> {
  const t = dynamicTranslatorFor(locale);
  const files: Zippable = {};
  const steps = EXPORT_KINDS.length + 1;
  let done = 0;
  for (const kind of EXPORT_KINDS) {
    files[`${kind.name}.json`] = strToU8(JSON.stringify(await kind.read(db, userId), null, 2));
    await onProgress(Math.floor((++done * 90) / steps));
  }
  const storage = getStorage();
  const uploads: Zippable = {};
  for (const key of await uploadKeysOf(db, userId)) {
    const bytes = await storage.get(key);
    // Already stored compressed (WebP): kept as they are.
    if (bytes) uploads[key] = [new Uint8Array(bytes), { level: 0 }];
  }
  if (Object.keys(uploads).length > 0) files.uploads = uploads;
  await onProgress(95);
  const readme = [
    t('privacy.readme.title'),
    '',
    t('privacy.readme.intro', { date: new Date().toISOString().slice(0, 10) }),
    '',
    ...EXPORT_KINDS.map((k) => `- ${k.name}.json: ${t(`privacy.readme.kinds.${k.name}`)}`),
    `- uploads/: ${t('privacy.readme.uploads')}`,
    '',
    t('privacy.readme.rights'),
  ].join('\n');
  files[locale === 'en' ? 'README.txt' : 'LEEME.txt'] = strToU8(readme);
  return zipSync(files, { level: 6 });
}

const settle = definePublicVerb({
  name: 'privacy.exportReady',
  input: z.object({ id: z.uuid(), userId: z.uuid(), fileKey: z.string(), bytes: z.number().int(), now: z.date() }),
  run: async (ctx, { id, userId, fileKey, bytes, now }) => {
    const [ready] = await ctx.tx
      .update(dataExports)
      .set({ status: 'ready', progress: 100, fileKey, bytes, readyAt: now, expiresAt: new Date(now.getTime() + EXPORT_DAYS * DAY_MS), leaseUntil: null })
      .where(eq(dataExports.id, id))
      .returning({ locale: dataExports.locale });
    await settleSelfServiceRequests(ctx.tx, userId, 'access', 'accessDone', ready?.locale ?? 'es', now);
    await ctx.notify([{ userId, kind: 'data_export_ready', createdAt: now }]);
  },
});

/** Claims due exports (queued, or building under a lease that ran out) with SKIP LOCKED, so two processes never build one twice. */
async function claim(now: Date, limit: number) {
  const db = getDb();
  const due = db
    .select({ id: dataExports.id })
    .from(dataExports)
    .where(sql`${dataExports.status} = 'queued' or (${dataExports.status} = 'building' and ${dataExports.leaseUntil} <= ${now})`)
    .orderBy(dataExports.createdAt)
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(dataExports)
    .set({ status: 'building', leaseUntil: new Date(now.getTime() + LEASE_MS) })
    .where(inArray(dataExports.id, due))
    .returning();
}

/**
 * The job (lib/jobs/schedule.ts): builds what is due, announces each ZIP in the bell and by e-mail, and
 * removes files past their seven days (the row stays, so the page can say the link expired).
 */
export async function runDataExports(now = () => new Date(), limit = 3): Promise<{ built: number; removed: number }> {
  let built = 0;
  for (const row of await claim(now(), limit)) {
    try {
      const zip = await buildExportZip(row.userId, row.locale, (progress) => getDb().update(dataExports).set({ progress }).where(eq(dataExports.id, row.id)).then(() => undefined));
      const fileKey = `${row.id}.zip`;
      await mkdir(exportsDir(), { recursive: true });
      const tmp = `${fileOf(fileKey)}.${process.pid}.tmp`;
      await writeFile(tmp, zip);
      await rename(tmp, fileOf(fileKey));
      await settle({ actor: null, input: { id: row.id, userId: row.userId, fileKey, bytes: zip.byteLength, now: now() } });
      built++;
    } catch (e) {
      logger.error({ exportId: row.id, err: e instanceof Error ? e.message : String(e) }, 'data export failed');
      await getDb().update(dataExports).set({ status: 'failed', leaseUntil: null }).where(eq(dataExports.id, row.id));
    }
  }
  return { built, removed: await removeExpiredExports(now()) };
}

/** Past their seven days, the files go; the row stays, so the page and the link say it expired. */
export async function removeExpiredExports(now: Date): Promise<number> {
  const expired = await getDb()
    .update(dataExports)
    .set({ fileKey: null })
    .where(and(isNotNull(dataExports.fileKey), lte(dataExports.expiresAt, now)))
    .returning({ id: dataExports.id });
  for (const { id } of expired) await rm(fileOf(`${id}.zip`), { force: true });
  return expired.length;
}
