import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Invalid, NotFound } from '@/lib/errors';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/notifications/mark-read';
import { listNotifications, unreadCount } from '@/lib/notifications/queries';
import { actorOf, createUser } from '../factories';
import { group, notify, rowsOf } from './fixtures';

describe('notifications, marked read', () => {
  it('are marked read one by one by their owner only; someone else’s id changes nothing', async () => {
    const laura = await createUser('member');
    const ana = await createUser('member');
    const g = await group('open', laura.id);
    await notify(laura.id, [{ userId: ana.id, kind: 'group_join_approved', groupId: g.id }]);
    await notify(laura.id, [{ userId: ana.id, kind: 'group_invitation', groupId: g.id }]);
    const [first] = await rowsOf(ana.id);

    await expect(markNotificationRead({ actor: actorOf(laura), input: { id: first!.id } })).rejects.toBeInstanceOf(NotFound);
    expect((await rowsOf(ana.id)).every((r) => r.readAt === null)).toBe(true);
    await expect(markNotificationRead({ actor: actorOf(ana), input: { id: randomUUID() } })).rejects.toBeInstanceOf(NotFound);
    await expect(markNotificationRead({ actor: actorOf(ana), input: { id: 'x' } })).rejects.toMatchObject({ fieldErrors: { id: ['errors.invalidField'] } });
    await expect(markNotificationRead({ actor: actorOf(ana), input: { id: 'x' } })).rejects.toBeInstanceOf(Invalid);

    expect(await markNotificationRead({ actor: actorOf(ana), input: { id: first!.id } })).toEqual({ unread: 1 });
    const readAt = (await rowsOf(ana.id)).find((r) => r.id === first!.id)!.readAt;
    expect(readAt).toBeInstanceOf(Date);
    // Following the same link twice: still read, at the first time.
    expect(await markNotificationRead({ actor: actorOf(ana), input: { id: first!.id } })).toEqual({ unread: 1 });
    expect((await rowsOf(ana.id)).find((r) => r.id === first!.id)!.readAt).toEqual(readAt);
    expect((await listNotifications(actorOf(ana))).items.find((i) => i.id === first!.id)!.read).toBe(true);
  });

  it('are all marked read at once, only the member’s own', async () => {
    const laura = await createUser('member');
    const ana = await createUser('member');
    const g = await group('open', laura.id);
    await notify(laura.id, [{ userId: ana.id, kind: 'group_join_approved', groupId: g.id }]);
    await notify(laura.id, [{ userId: ana.id, kind: 'group_invitation', groupId: g.id }]);
    await notify(ana.id, [{ userId: laura.id, kind: 'group_join_request', groupId: g.id }]);
    expect(await markAllNotificationsRead({ actor: actorOf(ana), input: {} })).toEqual({ unread: 0 });
    expect((await rowsOf(ana.id)).every((r) => r.readAt !== null)).toBe(true);
    expect(await unreadCount(actorOf(laura))).toBe(1);
    // Twice is harmless.
    expect(await markAllNotificationsRead({ actor: actorOf(ana), input: {} })).toEqual({ unread: 0 });
  });
});
