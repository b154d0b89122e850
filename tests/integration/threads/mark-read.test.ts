import { describe, expect, it } from 'vitest';
import { getGroupPage } from '@/lib/groups/queries';
import { getHome } from '@/lib/home/queries';
import { createThread } from '@/lib/threads/create-thread';
import { markThreadRead } from '@/lib/threads/mark-read';
import { getThreadView } from '@/lib/threads/queries';
import { replyToThread } from '@/lib/threads/reply';
import { createGroup, key } from '../community-fixtures';
import { actorOf, createUser } from '../factories';

describe('unread markers', () => {
  it('a thread started after one joined is new on home and on the group page until read, and again after a reply', async () => {
    const [ana, luis] = [actorOf(await createUser()), actorOf(await createUser())];
    const group = await createGroup('open', [[ana, 'member'], [luis, 'member']]);
    const t = await createThread({ actor: luis, input: { groupId: group.id, title: 'Quedada del domingo', body: '¿Quién se apunta?', idempotencyKey: key() } });
    const unreadFor = async () => ({
      home: (await getHome(ana)).threads.find((th) => th.id === t.id)?.unread,
      group: (await getGroupPage(ana, group.slug))!.threads.find((th) => th.id === t.id)?.unread,
      count: (await getHome(ana)).groups.find((g) => g.id === group.id)?.unreadCount,
    });
    expect(await unreadFor()).toEqual({ home: true, group: true, count: 1 });
    // Rendering the page (as a prefetch does) is not reading it.
    await getThreadView(ana, group.slug, t.id);
    expect((await unreadFor()).home).toBe(true);
    await markThreadRead({ actor: ana, input: { threadId: t.id } });
    expect(await unreadFor()).toEqual({ home: false, group: false, count: 0 });
    await replyToThread({ actor: luis, input: { threadId: t.id, body: 'Yo voy', idempotencyKey: key() } });
    expect(await unreadFor()).toEqual({ home: true, group: true, count: 1 });
    // Luis wrote the last word himself: nothing is new for him.
    expect((await getHome(luis)).threads.find((th) => th.id === t.id)?.unread).toBe(false);
  });
});
