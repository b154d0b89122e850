import { describe, expect, it } from 'vitest';
import { Forbidden, type Invalid } from '@/lib/errors';
import { editPost } from '@/lib/threads/edit-post';
import { getPostHistory, getThreadView } from '@/lib/threads/queries';
import { createGroup } from '../community-fixtures';
import { member, thread } from './fixtures';

describe('editing a post', () => {
  it('edits keep the earlier versions as visible history; only the author edits', async () => {
    const [ana, luis] = [await member(), await member()];
    const group = await createGroup('open', [[ana, 'member'], [luis, 'moderator']]);
    const t = await thread(group.id, ana);
    const postId = (await getThreadView(ana, group.slug, t.id))!.posts[0]!.id;
    await expect(editPost({ actor: luis, input: { postId, body: 'otra cosa' } })).rejects.toBeInstanceOf(Forbidden);
    await editPost({ actor: ana, input: { postId, body: 'Primer mensaje, **corregido**' } });
    const history = await getPostHistory(luis, postId);
    expect(history.post.bodyHtml).toContain('<strong>corregido</strong>');
    expect(history.revisions.map((r) => r.bodyHtml)).toEqual(['<p>Primer mensaje</p>\n']);
    const err = await editPost({ actor: ana, input: { postId, body: '' } }).catch((e: unknown) => e);
    expect((err as Invalid).fieldErrors.body).toEqual(['threads.errors.bodyEmpty']);
  });
});
