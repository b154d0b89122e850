import { describe, expect, it } from 'vitest';
import { countQueries, getDb } from '@/db/client';
import { threadReads } from '@/db/schema';
import { publishAnnouncement } from '@/lib/announcements/publish';
import { getHome } from '@/lib/home/queries';
import { actorOf, createUser } from './factories';
import { createGroup, createThread, join } from './search-fixtures';

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe('home', () => {
  it('shows my groups by activity with unread counts, and the latest threads I may read', async () => {
    const author = await createUser('member', { displayName: 'Pablo Soto' });
    const me = actorOf(await createUser('member'));
    const quiet = await createGroup('open', { lastActivityAt: ago(60) });
    const busy = await createGroup('open', { lastActivityAt: ago(1) });
    const secret = await createGroup('private', { lastActivityAt: ago(2) });
    const other = await createGroup('open', { lastActivityAt: ago(3) });
    await join(quiet.id, me.id, 'member', ago(120));
    await join(busy.id, me.id, 'member', ago(120));

    const read = await createThread(busy.id, author.id, 'Leído', 'Ya lo vi', ago(30));
    const fresh = await createThread(busy.id, author.id, 'Nuevo', 'Sin leer', ago(5));
    await getDb().insert(threadReads).values({ userId: me.id, threadId: read.thread.id, lastReadAt: ago(10) });
    const hidden = await createThread(secret.id, author.id, 'Secreto', 'No para ti', ago(1));
    const elsewhere = await createThread(other.id, author.id, 'En otro grupo', 'Abierto', ago(4));

    const home = await getHome(me);
    expect(home.groups.map((g) => [g.slug, g.unreadCount])).toEqual([
      [busy.slug, 1],
      [quiet.slug, 0],
    ]);
    const ids = home.threads.map((t) => t.id);
    expect(ids).toEqual([elsewhere.thread.id, fresh.thread.id, read.thread.id]);
    expect(ids).not.toContain(hidden.thread.id);
    expect(home.threads[1]).toMatchObject({ title: 'Nuevo', groupSlug: busy.slug, authorName: 'Pablo Soto', unread: true, replyCount: 0 });
    expect(home.threads[2]).toMatchObject({ unread: false });
    // A thread in a group I never joined and never opened is not news to me.
    expect(home.threads[0]).toMatchObject({ unread: false });

    // Staff see every group's threads.
    const staff = actorOf(await createUser('staff'));
    expect((await getHome(staff)).threads.map((t) => t.id)).toContain(hidden.thread.id);
  });

  it('shows announcements, pinned first', async () => {
    const staff = actorOf(await createUser('staff', { displayName: 'Laura Gil', staffTitle: 'Secretaria' }));
    const me = actorOf(await createUser('member'));
    const pinned = await publishAnnouncement({ actor: staff, input: { title: 'Fijado', bodyMd: 'Importante' } });
    await publishAnnouncement({ actor: staff, input: { title: 'Suelto', bodyMd: 'Menos', pinned: false } });
    const { announcements } = await getHome(me);
    expect(announcements[0]).toMatchObject({ id: pinned.id, authorName: 'Laura Gil', authorTitle: 'Secretaria' });
  });

  it('costs the same few queries however much there is', async () => {
    const author = await createUser('member');
    const me = actorOf(await createUser('member'));
    const small = await countQueries(() => getHome(me));
    for (let i = 0; i < 8; i++) {
      const group = await createGroup(i % 2 ? 'open' : 'private');
      await join(group.id, me.id);
      for (let j = 0; j < 3; j++) await createThread(group.id, author.id, `Hilo ${i}-${j}`, 'Texto', ago(i * 10 + j));
    }
    const big = await countQueries(() => getHome(me));
    expect(big.result.groups.length).toBe(8);
    expect(big.result.threads.length).toBe(10);
    expect(big.queries).toBe(small.queries);
    expect(big.queries).toBeLessThanOrEqual(3);
  });
});
