import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { complaintEvents, postRevisions, posts } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { Invalid } from '@/lib/errors';
import { renderMarkdown } from '@/lib/markdown/render';
import { parseInput } from '@/lib/verb';
import { actOnTarget } from './act';
import { decisionInput, hideReasonField } from './fields';
import { announceTarget } from './live';

const input = decisionInput({
  fragment: z.string().trim().min(3, 'moderation.errors.fragment').max(500, 'errors.tooLong'),
  reason: hideReasonField,
});

export type RedactInput = z.input<typeof input>;

/** What stands where a fragment was taken out. */
export const REDACTED = '[retirado por la moderación]';

/**
 * Takes one fragment out of a post or complaint comment and keeps the rest. The fragment is stored
 * nowhere: earlier versions of the post that contain it go too, and the audit row says only how many places.
 */
export async function redactContent({ actor, input: raw }: { actor: Actor; input: RedactInput }) {
  const data = parseInput(input, raw);
  return actOnTarget(actor, data, 'redact', async (tx, target) => {
    const source = target.bodyMd ?? '';
    const places = source.split(data.fragment).length - 1;
    if (places === 0) throw new Invalid({ fragment: ['moderation.errors.fragmentNotFound'] });
    const bodyMd = source.split(data.fragment).join(REDACTED);
    // Mentions in the rest of the text stay as written; the redacted text is rendered plainly.
    const bodyHtml = renderMarkdown(bodyMd);
    if (target.targetType === 'post') {
      await tx.update(posts).set({ bodyMd, bodyHtml }).where(eq(posts.id, target.targetId));
      await tx.delete(postRevisions).where(sql`${postRevisions.postId} = ${target.targetId} and strpos(${postRevisions.bodyMd}, ${data.fragment}) > 0`);
    } else {
      await tx.update(complaintEvents).set({ bodyMd, bodyHtml }).where(eq(complaintEvents.id, Number(target.targetId)));
    }
    return { action: 'redact', reason: data.reason, note: data.note, data: { places }, reports: 'upheld', tell: 'content_hidden', announce: () => announceTarget(target) };
  });
}
