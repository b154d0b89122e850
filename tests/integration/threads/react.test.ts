import { describe, expect, it } from 'vitest';
import { Forbidden, Invalid } from '@/lib/errors';
import { getThreadView } from '@/lib/threads/queries';
import { toggleReaction } from '@/lib/threads/react';
import { createGroup } from '../community-fixtures';
import { member, thread } from './fixtures';

describe('reacting to a post', () => {
  it('reactions toggle, count and say who reacted', async () => {
    const [ana, luis, outsider] = [await member({ displayName: 'Ana' }), await member({ displayName: 'Luis' }), await member()];
    const group = await createGroup('open', [[ana, 'member'], [luis, 'member']]);
    const t = await thread(group.id, ana);
    const postId = (await getThreadView(ana, group.slug, t.id))!.posts[0]!.id;
    await toggleReaction({ actor: ana, input: { postId, reaction: 'heart' } });
    const after = await toggleReaction({ actor: luis, input: { postId, reaction: 'heart' } });
    expect(after).toEqual([{ reaction: 'heart', count: 2, names: ['Ana', 'Luis'], userIds: [ana.id, luis.id] }]);
    expect(await toggleReaction({ actor: ana, input: { postId, reaction: 'heart' } })).toMatchObject([{ count: 1, names: ['Luis'] }]);
    await expect(toggleReaction({ actor: outsider, input: { postId, reaction: 'heart' } })).rejects.toBeInstanceOf(Forbidden);
    await expect(toggleReaction({ actor: ana, input: { postId, reaction: 'poop' } })).rejects.toBeInstanceOf(Invalid);
  });
});
