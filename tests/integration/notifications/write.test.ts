import { describe, expect, it } from 'vitest';
import type { NewNotification } from '@/lib/notifications/write';
import { createUser } from '../factories';
import { group, notify, rowsOf, thread } from './fixtures';

describe('notifications, as written', () => {
  it('are never written to the person who acted, and once per person and event', async () => {
    const laura = await createUser('member');
    const ana = await createUser('member');
    const g = await group('open', laura.id);
    const { thread: th, post } = await thread(g.id, laura.id, 'Menciones repetidas');
    const mention = (userId: string): NewNotification => ({ userId, kind: 'mention', actorId: laura.id, groupId: g.id, threadId: th.id, postId: post.id });
    const written = await notify(laura.id, [mention(ana.id), mention(ana.id), mention(laura.id)]);
    expect(written.map((r) => r.userId)).toEqual([ana.id]);
    expect(await rowsOf(ana.id)).toHaveLength(1);
    expect(await rowsOf(laura.id)).toHaveLength(0);
    expect(await notify(laura.id, [mention(laura.id)])).toEqual([]);
  });
});
