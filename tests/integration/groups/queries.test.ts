import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { countQueries, getDb } from '@/db/client';
import { groupMembers, threadReads, threads } from '@/db/schema';
import { inviteToGroup } from '@/lib/groups/invite';
import {
  findGroupBySlug,
  getGroupPage,
  listGroupMembers,
  listPendingGroupRequests,
  listVisibleGroups,
  searchInvitableMembers,
  THREADS_PER_PAGE,
} from '@/lib/groups/queries';
import { requestToJoin } from '@/lib/groups/request-to-join';
import { actorOf, createUser } from '../factories';
import { groupWith, member, staff } from './helpers';

async function addThreads(groupId: string, authorId: string, n: number, start = Date.now() - 86_400_000) {
  const rows = Array.from({ length: n }, (_, i) => ({ groupId, authorId, title: `Hilo ${i}`, lastPostAt: new Date(start + i * 60_000), pinned: i === 0 }));
  return getDb().insert(threads).values(rows).returning({ id: threads.id, title: threads.title });
}

describe('group list', () => {
  it('hides a private group from a member outside it, shows it to its members, invitees and staff', async () => {
    const [owner, outsider, invitee] = [await member(), await member(), await member()];
    const hidden = await groupWith('private', owner);
    const open = await groupWith('open', owner);
    const ids = async (actor: typeof owner) => (await listVisibleGroups(actor)).map((g) => g.id);
    expect(await ids(outsider)).toContain(open.id);
    expect(await ids(outsider)).not.toContain(hidden.id);
    expect(await findGroupBySlug(outsider, hidden.slug)).toBeNull();
    expect(await ids(owner)).toContain(hidden.id);
    expect(await ids(await staff())).toContain(hidden.id);
    expect((await findGroupBySlug(await staff(), hidden.slug))?.may).toMatchObject({ read: true, moderate: true, manage: true });

    await inviteToGroup({ actor: owner, input: { groupId: hidden.id, userId: invitee.id } });
    expect(await ids(invitee)).toContain(hidden.id);
    expect(await findGroupBySlug(invitee, hidden.slug)).toMatchObject({ invited: true, may: { read: false } });
  });

  it('gives my role and counts unread threads only in groups I belong to', async () => {
    const [owner, reader, outsider] = [await member(), await member(), await member()];
    const g = await groupWith('open', owner, [{ actor: reader }]);
    // In a second group too: each unread check must look at the thread's own group only.
    const other = await groupWith('open', owner, [{ actor: reader }]);
    await getDb().update(groupMembers).set({ joinedAt: new Date(Date.now() - 2 * 86_400_000) }).where(eq(groupMembers.groupId, g.id));
    const made = await addThreads(g.id, owner.id, 3);
    await addThreads(other.id, owner.id, 1, Date.now() - 3 * 86_400_000);
    await getDb().insert(threadReads).values({ userId: reader.id, threadId: made[2]!.id, lastReadAt: new Date() });
    const mine = (await listVisibleGroups(reader)).find((x) => x.id === g.id)!;
    expect(mine).toMatchObject({ myRole: 'member', unreadCount: 2 });
    expect((await listVisibleGroups(reader)).find((x) => x.id === other.id)).toMatchObject({ unreadCount: 0 });
    expect((await listVisibleGroups(outsider)).find((x) => x.id === g.id)).toMatchObject({ myRole: null, unreadCount: 0 });
  });
});

describe('group page', () => {
  it('lists 100 threads in pages of 30, pinned first, newest next, in a bounded number of queries', async () => {
    const owner = await member();
    const g = await groupWith('open', owner);
    await addThreads(g.id, owner.id, 100);
    const seen: string[] = [];
    let cursor: string | undefined;
    const counts: number[] = [];
    for (;;) {
      const { result, queries } = await countQueries(() => getGroupPage(owner, g.slug, cursor));
      counts.push(queries);
      seen.push(...result!.threads.map((t) => t.title));
      if (!result!.nextCursor) break;
      cursor = result!.nextCursor;
    }
    expect(counts).toEqual([2, 2, 2, 2]);
    expect(seen).toHaveLength(100);
    expect(new Set(seen).size).toBe(100);
    expect(seen[0]).toBe('Hilo 0'); // pinned, though oldest
    expect(seen.slice(1, 4)).toEqual(['Hilo 99', 'Hilo 98', 'Hilo 97']);
    const first = await getGroupPage(owner, g.slug);
    expect(first!.threads).toHaveLength(THREADS_PER_PAGE);
    expect(first!.threads[0]).toMatchObject({ pinned: true, authorName: 'Test member', replyCount: 0 });
  });

  it('does not skip threads whose last activity differs by microseconds only', async () => {
    const owner = await member();
    const g = await groupWith('open', owner);
    const at = '2026-01-01 10:00:00.123';
    for (const us of ['100', '200', '300']) {
      await getDb().insert(threads).values({ groupId: g.id, authorId: owner.id, title: us, lastPostAt: new Date(0) });
      await getDb().execute(sql.raw(`update threads set last_post_at = '${at}${us}+00' where title = '${us}'`));
    }
    await addThreads(g.id, owner.id, THREADS_PER_PAGE - 2, Date.parse('2026-02-01'));
    const first = await getGroupPage(owner, g.slug);
    const second = await getGroupPage(owner, g.slug, first!.nextCursor!);
    const titles = [...first!.threads, ...second!.threads].map((t) => t.title);
    expect(titles.filter((t) => ['100', '200', '300'].includes(t))).toEqual(['300', '200', '100']);
    expect(titles).toHaveLength(THREADS_PER_PAGE + 1);
  });

  it('marks unread threads for a member and ignores a broken cursor', async () => {
    const [owner, reader] = [await member(), await member()];
    const g = await groupWith('open', owner, [{ actor: reader }]);
    await getDb().update(groupMembers).set({ joinedAt: new Date(Date.now() - 2 * 86_400_000) }).where(eq(groupMembers.groupId, g.id));
    const made = await addThreads(g.id, owner.id, 2);
    await getDb().insert(threadReads).values({ userId: reader.id, threadId: made[1]!.id, lastReadAt: new Date() });
    const page = await getGroupPage(reader, g.slug, 'not-a-cursor');
    expect(Object.fromEntries(page!.threads.map((t) => [t.title, t.unread]))).toEqual({ 'Hilo 0': true, 'Hilo 1': false });
  });

  it('shows a by-request group to outsiders without its threads, and their pending request', async () => {
    const [owner, outsider] = [await member(), await member()];
    const g = await groupWith('request', owner);
    await addThreads(g.id, owner.id, 3);
    let page = await getGroupPage(outsider, g.slug);
    expect(page).toMatchObject({ canRead: false, threads: [], group: { pendingRequest: false, pendingRequestCount: 0, may: { post: false } } });
    await requestToJoin({ actor: outsider, input: { groupId: g.id } });
    page = await getGroupPage(outsider, g.slug);
    expect(page!.group).toMatchObject({ pendingRequest: true, pendingRequestCount: 0 });
    expect((await getGroupPage(owner, g.slug))!.group.pendingRequestCount).toBe(1);
  });
});

describe('members, requests and invitable people', () => {
  it('lists members owners first, requests for moderators only, and finds people to invite by name', async () => {
    const [owner, mod, plain, asker] = [await member('Zoe Owner'), await member('Mario Mod'), await member('Pablo'), await member('Asker')];
    const g = await groupWith('request', owner, [{ actor: mod, role: 'moderator' }, { actor: plain }]);
    const header = (await findGroupBySlug(owner, g.slug))!;
    const { members, hasMore } = await listGroupMembers(owner, header);
    expect(members.map((m) => [m.displayName, m.role])).toEqual([
      ['Zoe Owner', 'owner'],
      ['Mario Mod', 'moderator'],
      ['Pablo', 'member'],
    ]);
    expect(hasMore).toBe(false);
    expect((await listGroupMembers(asker, { ...header, myRole: null })).members).toEqual([]);

    await requestToJoin({ actor: asker, input: { groupId: g.id, message: 'Hola' } });
    expect(await listPendingGroupRequests(mod, { ...header, myRole: 'moderator' })).toMatchObject([{ displayName: 'Asker', message: 'Hola' }]);
    expect(await listPendingGroupRequests(plain, { ...header, myRole: 'member' })).toEqual([]);

    const prefix = `Invitable ${Date.now()}`;
    const candidate = await member(`${prefix} Ana`);
    await member(`${prefix} 100%`);
    actorOf(await createUser('member', { displayName: `${prefix} Banned`, status: 'banned' }));
    const found = await searchInvitableMembers(owner, header, prefix.toLowerCase());
    expect(found.map((f) => f.displayName).sort()).toEqual([`${prefix} 100%`, `${prefix} Ana`]);
    expect(await searchInvitableMembers(owner, header, `${prefix} 1_0`)).toEqual([]);
    await inviteToGroup({ actor: owner, input: { groupId: g.id, userId: candidate.id } });
    expect((await searchInvitableMembers(owner, header, prefix)).map((f) => f.displayName)).toEqual([`${prefix} 100%`]);
    expect(await searchInvitableMembers(plain, { ...header, myRole: 'member' }, prefix)).toEqual([]);
    expect(await searchInvitableMembers(owner, header, 'Zoe')).toEqual([]); // already in
    const accented = await member(`Álvaro ${prefix}`);
    expect((await searchInvitableMembers(owner, header, 'alvaro ' + prefix.slice(0, 12))).map((f) => f.userId)).toEqual([accented.id]);
  });
});
