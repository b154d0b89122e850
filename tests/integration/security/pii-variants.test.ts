import { beforeAll, describe, expect, it } from 'vitest';
import { commentOnComplaint } from '@/lib/complaints/comment';
import { getComplaintView } from '@/lib/complaints/queries';
import { Invalid } from '@/lib/errors';
import { listReviewQueue } from '@/lib/moderation/queries';
import type { Actor } from '@/lib/policy';
import { createThread } from '@/lib/threads/create-thread';
import { replyToThread } from '@/lib/threads/reply';
import { complaintScene, eventsOf, expectRefused, fileOne, freshComplaint, key, type Lists, member, say } from '../complaint-fixtures';
import { conversation } from '../moderation/fixtures';

// Written so that the source hides it and the page shows it: the guard must read what the page shows.
const ENTITY_PHONE = 'El teléfono es &#54;12 345 678';
const FULL_WIDTH_PHONE = 'Llamadme al ６１２ ３４５ ６７８';

let lists: Lists;
let laura: Actor;
beforeAll(async () => ({ lists, laura } = await complaintScene()));

describe('the personal-data guard reads what readers will see', () => {
  it("stops another member's comment with an entity-written phone, and the public page never shows the number", async () => {
    const { id, number } = await freshComplaint(lists);
    const bea = await member('Bea');
    const asked = await expectRefused(id, () => commentOnComplaint({ actor: bea, input: { complaintId: id, body: ENTITY_PHONE, idempotencyKey: key() } }), Invalid);
    expect(asked.details).toMatchObject({ pii: [{ field: 'body', kind: 'phone', masked: '••• ••• •78' }] });

    await commentOnComplaint({ actor: bea, input: { complaintId: id, body: ENTITY_PHONE, piiDecision: 'remove', idempotencyKey: key() } });
    const page = JSON.stringify(await getComplaintView(bea, number, false));
    expect(page).not.toMatch(/6\D{0,8}12\D{0,8}345\D{0,8}678/);
    expect((await eventsOf(id)).filter((e) => e.kind === 'comment')).toHaveLength(1);
  });

  it('stops a staff reply and a complaint title with full-width or invisible-character numbers', async () => {
    const { id } = await freshComplaint(lists);
    await expectRefused(id, () => say(laura, id, 'official_reply', `Hola. ${FULL_WIDTH_PHONE}`), Invalid);
    const author = await member('Carla');
    await expect(fileOne(author, lists, { title: 'Mi DNI 1234\u200b5678Z no aparece' })).rejects.toMatchObject({ details: { pii: [{ field: 'title', kind: 'dni' }] } });
  });

  it('sends thread posts and titles with hidden numbers to the review queue', async () => {
    const { ana, group, thread } = await conversation();
    const moderator = laura;
    const post = await replyToThread({ actor: ana, input: { threadId: thread.id, body: 'Mi móvil: 6**12** 345  678', idempotencyKey: key() } });
    await createThread({ actor: ana, input: { groupId: group.id, title: 'Escribid a ana&#64;example.com', body: 'Gracias', idempotencyKey: key() } });
    const queue = (await listReviewQueue(moderator)).items;
    expect(queue.find((i) => i.targetId === post.id)?.hold).toEqual({ source: 'personal_data', detail: 'phone' });
    // A thread is queued by its first post.
    expect(queue.find((i) => i.content.title === 'Escribid a ana&#64;example.com')?.hold).toEqual({ source: 'personal_data', detail: 'email' });
  });
});
