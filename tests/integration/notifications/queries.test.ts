import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { countQueries, getDb } from '@/db/client';
import { announcements, groupInvitations, groupMembers, notifications, posts } from '@/db/schema';
import { listNotifications, notificationTarget, PAGE_SIZE, unreadCount } from '@/lib/notifications/queries';
import { actorOf, createUser } from '../factories';
import { at, group, notify, rowsOf, thread } from './fixtures';

describe('notifications, as listed and counted', () => {
  it('are listed newest first with who, where and a link to the exact post, and counted while unread', async () => {
    const laura = await createUser('member', { displayName: 'Laura' });
    const ana = await createUser('member');
    const g = await group('open', laura.id);
    const { thread: th, post } = await thread(g.id, laura.id, 'Horario de entrenamientos');
    const [ann] = await getDb().insert(announcements).values({ title: 'Asamblea general', bodyMd: 'x', bodyHtml: 'x', authorId: laura.id }).returning();
    await notify(laura.id, [{ userId: ana.id, kind: 'mention', actorId: laura.id, groupId: g.id, threadId: th.id, postId: post.id }]);
    await notify(laura.id, [{ userId: ana.id, kind: 'announcement', actorId: laura.id, announcementId: ann!.id }]);
    await notify(laura.id, [{ userId: ana.id, kind: 'group_join_approved', actorId: laura.id, groupId: g.id }]);
    const rows = await rowsOf(ana.id);
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, r]));
    await at(byKind.mention!.id, new Date('2026-03-01T10:00:00Z'));
    await at(byKind.announcement!.id, new Date('2026-03-02T10:00:00Z'));
    await at(byKind.group_join_approved!.id, new Date('2026-03-03T10:00:00Z'));

    const { items, nextCursor } = await listNotifications(actorOf(ana));
    expect(nextCursor).toBeNull();
    expect(items.map((i) => i.kind)).toEqual(['group_join_approved', 'announcement', 'mention']);
    expect(items[2]).toMatchObject({
      actorName: 'Laura',
      subject: 'Horario de entrenamientos',
      groupName: g.name,
      read: false,
      href: `/groups/${g.slug}/${th.id}#post-${post.id}`,
    });
    expect(items[1]).toMatchObject({ subject: 'Asamblea general', href: `/#announcement-${ann!.id}` });
    expect(items[0]).toMatchObject({ href: `/groups/${g.slug}` });
    expect(await unreadCount(actorOf(ana))).toBe(3);
    expect(await unreadCount(actorOf(laura))).toBe(0);
  });

  it('finds the thread and group from the post when the writer named only the post', async () => {
    const laura = await createUser('member');
    const ana = await createUser('member');
    const g = await group('open', laura.id);
    const { thread: th, post } = await thread(g.id, laura.id, 'Solo el mensaje');
    await notify(laura.id, [{ userId: ana.id, kind: 'quote', actorId: laura.id, postId: post.id }]);
    const [item] = (await listNotifications(actorOf(ana))).items;
    expect(item).toMatchObject({ subject: 'Solo el mensaje', href: `/groups/${g.slug}/${th.id}#post-${post.id}` });
  });

  it('come 30 at a time without skipping or repeating, even when several share the same instant', async () => {
    const laura = await createUser('member');
    const ana = await createUser('member');
    const g = await group('open', laura.id);
    const same = new Date('2026-04-01T09:00:00.123456Z');
    for (let i = 0; i < 2 * PAGE_SIZE + 5; i++) await notify(laura.id, [{ userId: ana.id, kind: 'group_join_approved', groupId: g.id }]);
    const ids = (await rowsOf(ana.id)).map((r) => r.id);
    // Half of them at one instant, so the order falls back to the id.
    for (const [i, id] of ids.entries()) if (i % 2 === 0) await at(id, same);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const { result, queries } = await countQueries(() => listNotifications(actorOf(ana), cursor));
      expect(queries).toBe(1);
      expect(result.items.length).toBeLessThanOrEqual(PAGE_SIZE);
      seen.push(...result.items.map((i) => i.id));
      cursor = result.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    // Compared in the database, whose timestamps keep the microseconds that a JS Date would drop.
    const expected = await getDb()
      .select({ id: notifications.id })
      .from(notifications)
      .where(eq(notifications.userId, ana.id))
      .orderBy(desc(notifications.createdAt), desc(notifications.id));
    expect(seen).toEqual(expected.map((r) => r.id));
  });

  it('ignore a cursor that is not one of the member’s own', async () => {
    const laura = await createUser('member');
    const ana = await createUser('member');
    const g = await group('open', laura.id);
    await notify(laura.id, [{ userId: ana.id, kind: 'group_join_approved', groupId: g.id }]);
    await notify(ana.id, [{ userId: laura.id, kind: 'group_join_approved', groupId: g.id }]);
    const [lauras] = await rowsOf(laura.id);
    expect((await listNotifications(actorOf(ana), lauras!.id)).items).toEqual([]);
    expect((await listNotifications(actorOf(ana), 'not-a-uuid')).items).toHaveLength(1);
  });

  it('about a private group the member left are not listed, not counted and leak no title', async () => {
    const laura = await createUser('member');
    const ana = await createUser('member');
    const priv = await group('private', laura.id, ana.id);
    const { thread: th, post } = await thread(priv.id, laura.id, 'Título secreto del grupo privado');
    await notify(laura.id, [{ userId: ana.id, kind: 'mention', actorId: laura.id, groupId: priv.id, threadId: th.id, postId: post.id }]);
    await notify(laura.id, [{ userId: ana.id, kind: 'group_join_approved', actorId: laura.id, groupId: priv.id }]);
    expect((await listNotifications(actorOf(ana))).items).toHaveLength(2);

    await getDb().delete(groupMembers).where(and(eq(groupMembers.groupId, priv.id), eq(groupMembers.userId, ana.id)));
    const page = await listNotifications(actorOf(ana));
    expect(page.items).toEqual([]);
    expect(JSON.stringify(page)).not.toContain('secreto');
    expect(JSON.stringify(page)).not.toContain(priv.name);
    expect(await unreadCount(actorOf(ana))).toBe(0);
    const [row] = await rowsOf(ana.id);
    expect(await notificationTarget(actorOf(ana), row!.id)).toBeNull();
    // Staff read every group, so the same rows are shown to a staff member who left it.
    const staff = await createUser('staff');
    await notify(laura.id, [{ userId: staff.id, kind: 'mention', actorId: laura.id, groupId: priv.id, threadId: th.id, postId: post.id }]);
    expect((await listNotifications(actorOf(staff))).items[0]).toMatchObject({ subject: 'Título secreto del grupo privado' });
  });

  it('about a thread in a by-request group are shown to its members only', async () => {
    const laura = await createUser('member');
    const ana = await createUser('member');
    const req = await group('request', laura.id);
    const { thread: th } = await thread(req.id, laura.id, 'Solo para miembros');
    await notify(laura.id, [{ userId: ana.id, kind: 'mention', actorId: laura.id, groupId: req.id, threadId: th.id }]);
    // Knowing the group is enough for a request about it, not for a thread inside it.
    await notify(laura.id, [{ userId: ana.id, kind: 'group_join_request', actorId: laura.id, groupId: req.id }]);
    const { items } = await listNotifications(actorOf(ana));
    expect(items.map((i) => i.kind)).toEqual(['group_join_request']);
    expect(JSON.stringify(items)).not.toContain('Solo para miembros');
    expect(items[0]!.href).toBe(`/groups/${req.slug}/members`);
  });

  it('about a deleted post are not listed and leak no title', async () => {
    const laura = await createUser('member');
    const ana = await createUser('member');
    const g = await group('open', laura.id);
    const { thread: th, post } = await thread(g.id, laura.id, 'Hilo con mensaje borrado');
    await notify(laura.id, [{ userId: ana.id, kind: 'quote', actorId: laura.id, groupId: g.id, threadId: th.id, postId: post.id }]);
    expect(await unreadCount(actorOf(ana))).toBe(1);
    await getDb().update(posts).set({ deletedAt: new Date(), deletedBy: laura.id }).where(eq(posts.id, post.id));
    const page = await listNotifications(actorOf(ana));
    expect(page.items).toEqual([]);
    expect(JSON.stringify(page)).not.toContain('borrado');
    expect(await unreadCount(actorOf(ana))).toBe(0);
  });

  it('invite into a private group the invitee can see while the invitation stands', async () => {
    const laura = await createUser('member');
    const ana = await createUser('member');
    const priv = await group('private', laura.id);
    await getDb().insert(groupInvitations).values({ groupId: priv.id, userId: ana.id, invitedBy: laura.id });
    await notify(laura.id, [{ userId: ana.id, kind: 'group_invitation', actorId: laura.id, groupId: priv.id }]);
    expect((await listNotifications(actorOf(ana))).items[0]).toMatchObject({ kind: 'group_invitation', groupName: priv.name, href: `/groups/${priv.slug}` });
    await getDb().delete(groupInvitations).where(eq(groupInvitations.userId, ana.id));
    expect((await listNotifications(actorOf(ana))).items).toEqual([]);
  });

  it('are shown to nobody whose account is suspended', async () => {
    const laura = await createUser('member');
    const ana = await createUser('member', { status: 'banned' });
    const g = await group('open', laura.id);
    await notify(laura.id, [{ userId: ana.id, kind: 'group_join_approved', groupId: g.id }]);
    expect((await listNotifications(actorOf(ana))).items).toEqual([]);
  });
});
