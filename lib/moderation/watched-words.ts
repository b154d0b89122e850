import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { moderationSettings, watchedWords } from '@/db/schema';
import { Conflict, NotFound } from '@/lib/errors';
import { type Actor, refusal } from '@/lib/policy';
import { optionalText, uuidField } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { normalizeTerm } from './words';

// Managers keep the list and the hold; every member's next post is checked against them.
const policy = (actor: Actor) => refusal(actor, 'manage:watched_words');

export const addWatchedWord = defineVerb({
  name: 'moderation.add_watched_word',
  input: z
    .object({
      term: z.string().trim().min(2, 'moderation.errors.term').max(60, 'errors.tooLong').transform(normalizeTerm),
      action: z.enum(['block', 'hold', 'replace'], 'errors.invalidField'),
      replacement: optionalText(60),
    })
    .refine((d) => d.action !== 'replace' || d.replacement !== null, { path: ['replacement'], message: 'moderation.errors.replacement' }),
  policy,
  run: async (ctx, data) => {
    const [row] = await ctx.tx
      .insert(watchedWords)
      .values({ term: data.term, action: data.action, replacement: data.action === 'replace' ? data.replacement : null, createdBy: ctx.actor.id })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new Conflict('moderation.errors.termExists');
    return row;
  },
  audit: (row) => ({ action: 'moderation.word_add', targetType: 'watched_word', targetId: row.id, after: { term: row.term, action: row.action } }),
});

export const removeWatchedWord = defineVerb({
  name: 'moderation.remove_watched_word',
  input: z.object({ id: uuidField }),
  policy,
  run: async (ctx, { id }) => {
    const [row] = await ctx.tx.delete(watchedWords).where(eq(watchedWords.id, id)).returning();
    if (!row) throw new NotFound();
    return row;
  },
  audit: (row) => ({ action: 'moderation.word_remove', targetType: 'watched_word', targetId: row.id, before: { term: row.term, action: row.action } }),
});

/** How many of a new account's first posts wait for a moderator (0 turns the hold off). */
export const updateModerationSettings = defineVerb({
  name: 'moderation.update_settings',
  input: z.object({ firstPostsHeld: z.coerce.number().int('errors.invalidField').min(0, 'moderation.errors.firstPosts').max(20, 'moderation.errors.firstPosts') }),
  policy,
  load: async (db) => (await db.select({ firstPostsHeld: moderationSettings.firstPostsHeld }).from(moderationSettings).where(eq(moderationSettings.id, 1)).limit(1))[0]?.firstPostsHeld ?? 0,
  run: async (ctx, data) => {
    const values = { firstPostsHeld: data.firstPostsHeld, updatedAt: ctx.now, updatedBy: ctx.actor.id };
    await ctx.tx.insert(moderationSettings).values({ id: 1, ...values }).onConflictDoUpdate({ target: moderationSettings.id, set: values });
  },
  audit: (_, data, before) => ({ action: 'moderation.settings', targetType: 'moderation_settings', before: { firstPostsHeld: before }, after: { firstPostsHeld: data.firstPostsHeld } }),
});
