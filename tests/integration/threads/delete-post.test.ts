import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { posts } from '@/db/schema';
import { Forbidden } from '@/lib/errors';
import { deletePost } from '@/lib/threads/delete-post';
import { getThreadView } from '@/lib/threads/queries';
import { replyToThread } from '@/lib/threads/reply';
import { createGroup, key } from '../community-fixtures';
import { auditCount } from '../factories';
import { member, thread } from './fixtures';

describe('deleting a post', () => {
  it('authors delete within the grace period, moderators after it; a tombstone remains', async () => {
    const [ana, mod] = [await member(), await member()];
    const group = await createGroup('open', [[ana, 'member'], [mod, 'moderator']]);
    const t = await thread(group.id, ana);
    const mine = await replyToThread({ actor: ana, input: { threadId: t.id, body: 'me equivoqué', idempotencyKey: key() } });
    await deletePost({ actor: ana, input: { postId: mine.id } });
    const old = await replyToThread({ actor: ana, input: { threadId: t.id, body: 'antiguo', idempotencyKey: key() } });
    await getDb().update(posts).set({ createdAt: new Date(Date.now() - 16 * 60_000) }).where(eq(posts.id, old.id));
    await expect(deletePost({ actor: ana, input: { postId: old.id } })).rejects.toBeInstanceOf(Forbidden);
    const audits = await auditCount();
    await deletePost({ actor: mod, input: { postId: old.id } });
    expect(await auditCount()).toBe(audits + 1);
    const view = (await getThreadView(ana, group.slug, t.id))!;
    const tombstones = view.posts.filter((p) => p.deleted);
    expect(tombstones).toHaveLength(2);
    expect(tombstones.every((p) => p.bodyHtml === '')).toBe(true);
    const [row] = await getDb().select().from(posts).where(eq(posts.id, old.id));
    expect(row!.bodyMd).toBe('');
  });
});
