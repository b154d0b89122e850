import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { moderationSettings, watchedWords } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { Conflict, NotFound } from '@/lib/errors';
import { optionalText, uuidField } from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';
import { normalizeTerm } from './words';

const addInput = z
  .object({
    term: z.string().trim().min(2, 'moderation.errors.term').max(60, 'errors.tooLong').transform(normalizeTerm),
    action: z.enum(['block', 'hold', 'replace'], 'errors.invalidField'),
    replacement: optionalText(60),
  })
  .refine((d) => d.action !== 'replace' || d.replacement !== null, { path: ['replacement'], message: 'moderation.errors.replacement' });

export type AddWatchedWordInput = z.input<typeof addInput>;

/** Managers keep the list; every member's next post is checked against it. */
export async function addWatchedWord({ actor, input: raw }: { actor: Actor; input: AddWatchedWordInput }) {
  assertCan(actor, 'manage:watched_words');
  const data = parseInput(addInput, raw);
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .insert(watchedWords)
      .values({ term: data.term, action: data.action, replacement: data.action === 'replace' ? data.replacement : null, createdBy: actor.id })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new Conflict('moderation.errors.termExists');
    await recordAudit(tx, { actorId: actor.id, action: 'moderation.word_add', targetType: 'watched_word', targetId: row.id, after: { term: row.term, action: row.action } });
    return row;
  });
}

export async function removeWatchedWord({ actor, input: raw }: { actor: Actor; input: { id: string } }) {
  assertCan(actor, 'manage:watched_words');
  const { id } = parseInput(z.object({ id: uuidField }), raw);
  await getDb().transaction(async (tx) => {
    const [row] = await tx.delete(watchedWords).where(eq(watchedWords.id, id)).returning();
    if (!row) throw new NotFound();
    await recordAudit(tx, { actorId: actor.id, action: 'moderation.word_remove', targetType: 'watched_word', targetId: row.id, before: { term: row.term, action: row.action } });
  });
}

const settingsInput = z.object({ firstPostsHeld: z.coerce.number().int('errors.invalidField').min(0, 'moderation.errors.firstPosts').max(20, 'moderation.errors.firstPosts') });

/** How many of a new account's first posts wait for a moderator (0 turns the hold off). */
export async function updateModerationSettings({ actor, input: raw }: { actor: Actor; input: z.input<typeof settingsInput> }) {
  assertCan(actor, 'manage:watched_words');
  const data = parseInput(settingsInput, raw);
  await getDb().transaction(async (tx) => {
    const [before] = await tx.select().from(moderationSettings).where(eq(moderationSettings.id, 1)).limit(1);
    const values = { firstPostsHeld: data.firstPostsHeld, updatedAt: new Date(), updatedBy: actor.id };
    await tx.insert(moderationSettings).values({ id: 1, ...values }).onConflictDoUpdate({ target: moderationSettings.id, set: values });
    await recordAudit(tx, { actorId: actor.id, action: 'moderation.settings', targetType: 'moderation_settings', before: { firstPostsHeld: before?.firstPostsHeld ?? 0 }, after: { firstPostsHeld: data.firstPostsHeld } });
  });
}
