import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { notifications } from '@/db/schema';
import { markComplaintSeen } from '@/lib/complaints/mark-seen';
import { unreadCount } from '@/lib/notifications/queries';
import { markThreadRead } from '@/lib/threads/mark-read';
import { createThread } from '@/lib/threads/create-thread';
import { replyToThread } from '@/lib/threads/reply';
import { createGroup, key } from '../community-fixtures';
import { complaintScene, decide, freshComplaint, member, say } from '../complaint-fixtures';

const unreadKinds = async (userId: string) =>
  (await getDb().select({ kind: notifications.kind }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))).map((r) => r.kind).sort();

describe('opening what a notification is about reads it', () => {
  it('a thread: its replies and mentions are read, another thread’s stay news', async () => {
    const [ana, bruno] = [await member('Ana'), await member('Bruno')];
    const group = await createGroup('open', [[ana, 'member'], [bruno, 'member']]);
    const start = (title: string) => createThread({ actor: ana, input: { groupId: group.id, title, body: '¿Quién se apunta?', idempotencyKey: key() } });
    const [padel, futbol] = [await start('Pádel el martes'), await start('Fútbol el sábado')];
    for (const t of [padel, futbol]) await replyToThread({ actor: bruno, input: { threadId: t.id, body: 'Yo me apunto, @Ana.', idempotencyKey: key() } });
    expect(await unreadKinds(ana.id)).toEqual(['mention', 'mention']);

    // A reply arriving on the open page is news; opening the page reads it.
    await markThreadRead({ actor: ana, input: { threadId: padel.id } });
    expect(await unreadKinds(ana.id)).toEqual(['mention', 'mention']);
    await markThreadRead({ actor: ana, input: { threadId: padel.id, opened: true } });
    expect(await unreadKinds(ana.id)).toEqual(['mention']);
    expect(await unreadCount(ana)).toBe(1);
  });

  it('a complaint: the page read on screen, or the decision taken on it, reads "confirm the solution"', async () => {
    const { lists, laura } = await complaintScene();
    const first = await freshComplaint(lists);
    await say(laura, first.id, 'official_reply');
    await say(laura, first.id, 'propose_solution', 'Hemos cambiado la válvula de la caldera. ¿Nos confirmas que ya sale caliente?');
    expect(await unreadKinds(first.author.id)).toEqual(['complaint_reply', 'complaint_solution']);
    await markComplaintSeen({ actor: first.author, input: { complaintId: first.id } });
    expect(await unreadKinds(first.author.id)).toEqual([]);

    // Confirmed straight from the e-mail's link, without the notifications page: read as well.
    const second = await freshComplaint(lists);
    await say(laura, second.id, 'propose_solution', 'Hemos reprogramado el temporizador de los focos hasta las 22:30.');
    expect(await unreadKinds(second.author.id)).toContain('complaint_solution');
    await decide(second.author, second.id, 'accept_solution');
    expect(await unreadKinds(second.author.id)).not.toContain('complaint_solution');
  });
});
