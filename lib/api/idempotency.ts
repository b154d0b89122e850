import { and, eq, lt } from 'drizzle-orm';
import { setTimeout as sleep } from 'node:timers/promises';
import { getDb } from '@/db/client';
import { apiIdempotency } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
import { sha256 } from '@/lib/security/tokens';
import { type Answer, problemAnswer, translate } from './problem';

/** How long a key is remembered. */
const KEEP_HOURS = 24;
/** How long a retry waits for its twin still running before it says so (409). */
const WAIT_MS = 15_000;
const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * `Idempotency-Key` on a POST: the first request claims the key (a primary key, so of ten concurrent
 * twins exactly one runs); the others wait for its answer and return it as it was, refusals included.
 * A key sent again with another request is refused. A server error is forgotten, so a retry runs again.
 * Verbs that keep their own key (the complaint verbs) also get one derived from this: a second guard.
 */
export async function withIdempotency(tokenId: string, req: Request, bodyText: string, locale: Locale, execute: (verbKey: string) => Promise<Answer>): Promise<Answer> {
  const key = req.headers.get('idempotency-key');
  if (key === null) return execute(crypto.randomUUID());
  if (!KEY.test(key)) return problemAnswer(400, 'invalid_request', translate(locale, 'integrations.errors.idempotencyKey'));
  const fingerprint = sha256(`${req.method} ${new URL(req.url).pathname}\n${bodyText}`);
  const db = getDb();
  const mine = and(eq(apiIdempotency.tokenId, tokenId), eq(apiIdempotency.key, key));
  // Keys older than a day are forgotten, this token's all at once: the table stays the size of a day's writes.
  await db.delete(apiIdempotency).where(and(eq(apiIdempotency.tokenId, tokenId), lt(apiIdempotency.createdAt, new Date(Date.now() - KEEP_HOURS * 3_600_000))));
  const claimed = await db.insert(apiIdempotency).values({ tokenId, key, fingerprint }).onConflictDoNothing().returning({ key: apiIdempotency.key });
  if (claimed.length === 0) return replay(tokenId, key, fingerprint, locale);
  let answer: Answer;
  try {
    answer = await execute(sha256(`${tokenId}:${key}`).slice(0, 40));
  } catch (e) {
    await db.delete(apiIdempotency).where(mine);
    throw e;
  }
  if (answer.status >= 500) await db.delete(apiIdempotency).where(mine);
  else await db.update(apiIdempotency).set({ status: answer.status, body: { body: answer.body ?? null, headers: answer.headers ?? {} } }).where(mine);
  return answer;
}

async function replay(tokenId: string, key: string, fingerprint: string, locale: Locale): Promise<Answer> {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const [row] = await getDb().select().from(apiIdempotency).where(and(eq(apiIdempotency.tokenId, tokenId), eq(apiIdempotency.key, key))).limit(1);
    if (row && row.fingerprint !== fingerprint) return problemAnswer(422, 'idempotency_key_reused', translate(locale, 'integrations.errors.idempotencyReused'));
    if (row && row.status !== null) {
      const kept = row.body as { body: unknown; headers: Record<string, string> };
      return { status: row.status, body: kept.body, headers: kept.headers, replayed: true };
    }
    // The first request failed (it may be tried again) or is still running.
    if (!row || Date.now() > until) return problemAnswer(409, 'idempotency_in_progress', translate(locale, 'integrations.errors.idempotencyPending'));
    await sleep(50);
  }
}
