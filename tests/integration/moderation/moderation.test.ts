import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { moderationActions, posts, reports, reviewItems, threads } from '@/db/schema';
import { commentOnComplaint } from '@/lib/complaints/comment';
import { getComplaintView } from '@/lib/complaints/queries';
import { Conflict, Forbidden, Invalid, NotFound } from '@/lib/errors';
import { appealDecision } from '@/lib/moderation/appeal';
import { decideAppeal } from '@/lib/moderation/decide-appeal';
import { deleteContent } from '@/lib/moderation/delete';
import { dismissItem } from '@/lib/moderation/dismiss';
import { hideContent } from '@/lib/moderation/hide';
import { getDecision, listPendingAppeals, listReviewQueue, transparencyFigures } from '@/lib/moderation/queries';
import { redactFragment } from '@/lib/moderation/redact';
import { reportContent } from '@/lib/moderation/report';
import { sanctionMember } from '@/lib/moderation/sanction';
import { addWatchedWord, updateModerationSettings } from '@/lib/moderation/watched-words';
import { listNotifications } from '@/lib/notifications/queries';
import { createThread } from '@/lib/threads/create-thread';
import { getThreadView } from '@/lib/threads/queries';
import { replyToThread } from '@/lib/threads/reply';
import { createGroup, key } from '../community-fixtures';
import { conversation } from './fixtures';
import { complaintScene, fileOne, member, say, staffer } from '../complaint-fixtures';
import { auditCount } from '../factories';


const postRef = (id: string) => ({ targetType: 'post' as const, targetId: id });
const kindsOf = async (actor: Parameters<typeof listNotifications>[0]) => (await listNotifications(actor)).items.map((i) => [i.kind, i.subject]);

describe('hide, tombstone, appeal and restore', () => {
  it('a reported insult is hidden with a reason, appealed once, and restored by another moderator', async () => {
    const { ana, luis, group, thread, insult } = await conversation();
    const [laura, jorge] = [await staffer('Laura'), await staffer('Jorge', 'Sección de fútbol')];

    // A double submit is one report; the item enters the queue once, and moderators hear of it.
    const first = await reportContent({ actor: ana, input: { ...postRef(insult.id), reason: 'abuse', note: 'Me insulta' } });
    const again = await reportContent({ actor: ana, input: { ...postRef(insult.id), reason: 'abuse' } });
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ reportId: null, duplicate: true });
    expect(await getDb().select().from(reports).where(eq(reports.targetId, insult.id))).toHaveLength(1);
    const queue = await listReviewQueue(laura, { reason: 'abuse' });
    const item = queue.items.find((i) => i.targetId === insult.id)!;
    expect(item).toMatchObject({ reportCount: 1, reasons: [{ reason: 'abuse', count: 1 }], notes: ['Me insulta'], content: { title: 'Partido del sábado' } });
    expect(item.content.html).toContain('inútil');
    expect(item.refusals.hide).toBeNull();
    expect((await listReviewQueue(laura, { reason: 'spam' })).items.some((i) => i.targetId === insult.id)).toBe(false);
    expect(await kindsOf(laura)).toContainEqual(['review_item', null]);

    const audits = await auditCount();
    const { action } = await hideContent({ actor: laura, input: { ...postRef(insult.id), reason: 'abuse' } });
    expect(await auditCount()).toBe(audits + 1);

    // Everyone sees the tombstone with the reason; the text is not sent to any reader.
    const seen = (await getThreadView(ana, group.slug, thread.id))!.posts.find((p) => p.id === insult.id)!;
    expect(seen).toMatchObject({ hidden: 'abuse', bodyHtml: '', reactions: [] });
    expect((await listReviewQueue(laura)).items.some((i) => i.targetId === insult.id)).toBe(false);
    // The author is told why; the reporter is told the outcome; neither notice carries the thread's title.
    expect(await kindsOf(luis)).toContainEqual(['content_hidden', 'abuse']);
    expect(await kindsOf(ana)).toContainEqual(['report_outcome', 'hide']);
    const [report] = await getDb().select().from(reports).where(eq(reports.targetId, insult.id));
    expect(report!.status).toBe('upheld');
    expect((await getDecision(luis, action.id)).canAppeal).toBe(true);
    expect((await getDecision(ana, action.id)).content).toBeNull();

    // Only the author appeals, and only once.
    await expect(appealDecision({ actor: ana, input: { actionId: action.id, body: 'No es para tanto, de verdad' } })).rejects.toThrow('moderation.errors.notYours');
    const appeal = await appealDecision({ actor: luis, input: { actionId: action.id, body: 'Era una broma entre amigos del equipo' } });
    await expect(appealDecision({ actor: luis, input: { actionId: action.id, body: 'Lo repito por si acaso' } })).rejects.toBeInstanceOf(Conflict);

    // The moderator who hid it may not judge the appeal; another one does.
    const pending = (await listPendingAppeals(laura)).find((a) => a.id === appeal.id)!;
    expect(pending.refusal).toBe('moderation.errors.sameModerator');
    await expect(decideAppeal({ actor: laura, input: { appealId: appeal.id, upheld: 'true' } })).rejects.toThrow('moderation.errors.sameModerator');
    await decideAppeal({ actor: jorge, input: { appealId: appeal.id, upheld: 'true', note: 'Contexto de broma' } });
    await expect(decideAppeal({ actor: jorge, input: { appealId: appeal.id, upheld: 'false' } })).rejects.toBeInstanceOf(Conflict);

    const back = (await getThreadView(ana, group.slug, thread.id))!.posts.find((p) => p.id === insult.id)!;
    expect(back.hidden).toBeNull();
    expect(back.bodyHtml).toContain('inútil');
    expect(await kindsOf(luis)).toContainEqual(['appeal_decided', 'abuse']);
    const figures = await transparencyFigures();
    expect(figures.months[0]!.counts.abuse).toBeGreaterThanOrEqual(1);
    expect(figures.appeals.upheld).toBeGreaterThanOrEqual(1);
  });

  it('redacts a fragment and keeps the rest; a failed action writes no audit row and changes nothing', async () => {
    const { luis, insult } = await conversation();
    const laura = await staffer('Laura');
    const before = await auditCount();
    const actions = (await getDb().select({ n: sql<number>`count(*)::int` }).from(moderationActions))[0]!.n;
    await expect(redactFragment({ actor: laura, input: { ...postRef(insult.id), fragment: 'no está', reason: 'abuse' } })).rejects.toBeInstanceOf(Invalid);
    await hideContent({ actor: laura, input: { ...postRef(insult.id), reason: 'spam' } });
    await expect(hideContent({ actor: laura, input: { ...postRef(insult.id), reason: 'abuse' } })).rejects.toBeInstanceOf(Conflict);
    expect(await auditCount()).toBe(before + 1);
    expect((await getDb().select({ n: sql<number>`count(*)::int` }).from(moderationActions))[0]!.n).toBe(actions + 1);

    const other = await replyToThread({ actor: luis, input: { threadId: (await getDb().select().from(posts).where(eq(posts.id, insult.id)))[0]!.threadId, body: 'Mi móvil es el de siempre, llama y quedamos', idempotencyKey: key() } });
    await redactFragment({ actor: laura, input: { ...postRef(other.id), fragment: 'Mi móvil es el de siempre', reason: 'personal_data' } });
    const [row] = await getDb().select().from(posts).where(eq(posts.id, other.id));
    // One redaction verb, one marker (moderation.redactedMarker): the complaint board's «[…]».
    expect(row!.bodyMd).toBe('[…], llama y quedamos');
  });
});

describe('refusals', () => {
  it('a member cannot moderate, staff cannot delete, and a private group stays private', async () => {
    const { ana, insult, luis } = await conversation();
    const laura = await staffer('Laura');
    const before = await auditCount();
    await expect(hideContent({ actor: ana, input: { ...postRef(insult.id), reason: 'abuse' } })).rejects.toThrow('moderation.errors.staffOnly');
    await expect(deleteContent({ actor: laura, input: { ...postRef(insult.id), reason: 'abuse' } })).rejects.toThrow('moderation.errors.managerOnly');
    await expect(sanctionMember({ actor: ana, input: { userId: luis.id, kind: 'warning', reason: 'Modales' } })).rejects.toThrow('moderation.errors.staffOnly');
    await expect(sanctionMember({ actor: laura, input: { userId: luis.id, kind: 'ban', reason: 'Modales' } })).rejects.toThrow('moderation.errors.managerOnly');
    await expect(reportContent({ actor: luis, input: { ...postRef(insult.id), reason: 'spam' } })).rejects.toThrow('moderation.errors.ownContent');
    const [row] = await getDb().select().from(posts).where(eq(posts.id, insult.id));
    expect(row!.hiddenReason).toBeNull();
    expect(await auditCount()).toBe(before);

    const secret = await conversation('private');
    const outsider = await member('Fuera');
    await expect(reportContent({ actor: outsider, input: { ...postRef(secret.insult.id), reason: 'abuse' } })).rejects.toBeInstanceOf(NotFound);
  });

  it('who answered a complaint does not moderate its comments; complaints are never deleted', async () => {
    const { lists, laura } = await complaintScene();
    const [jorge, marta, author, commenter] = [await staffer('Jorge'), await staffer('Marta', 'Dirección', 'manager'), await member('Ana'), await member('Pepe')];
    const { id, number } = await fileOne(author, lists);
    await say(laura, id, 'official_reply');
    const done = await commentOnComplaint({ actor: commenter, input: { complaintId: id, body: 'Seguro que el de recepción es un vago', idempotencyKey: key() } });
    const comment = { targetType: 'complaint_comment' as const, targetId: String(done.events[0]!.id) };
    await expect(hideContent({ actor: laura, input: { ...comment, reason: 'abuse' } })).rejects.toThrow('moderation.errors.conflictOfInterest');
    await expect(deleteContent({ actor: marta, input: { ...comment, reason: 'abuse' } })).rejects.toThrow('moderation.errors.complaintsStay');
    await hideContent({ actor: jorge, input: { ...comment, reason: 'abuse' } });
    const view = (await getComplaintView(author, number, false))!;
    expect(view.timeline.find((e) => e.id === done.events[0]!.id)).toMatchObject({ hidden: 'abuse', bodyHtml: null });
  });
});

describe('automatic rules', () => {
  it('watched words block, replace or hold; new accounts wait; personal data goes to the queue', async () => {
    const marta = await staffer('Marta', 'Dirección', 'manager');
    const laura = await staffer('Laura');
    await addWatchedWord({ actor: marta, input: { term: 'Tramposo', action: 'hold' } });
    await addWatchedWord({ actor: marta, input: { term: 'imbécil', action: 'block' } });
    await addWatchedWord({ actor: marta, input: { term: 'caca', action: 'replace', replacement: '***' } });
    await expect(addWatchedWord({ actor: laura, input: { term: 'otra', action: 'hold' } })).rejects.toBeInstanceOf(Forbidden);
    const { ana, thread } = await conversation();

    await expect(replyToThread({ actor: ana, input: { threadId: thread.id, body: 'Eres un IMBÉCIL', idempotencyKey: key() } })).rejects.toBeInstanceOf(Invalid);
    const replaced = await replyToThread({ actor: ana, input: { threadId: thread.id, body: 'Qué caca de arbitraje', idempotencyKey: key() } });
    expect(replaced.bodyHtml).toContain('Qué *** de arbitraje');
    const held = await replyToThread({ actor: ana, input: { threadId: thread.id, body: 'El árbitro es un tramposo', idempotencyKey: key() } });
    expect(held).toMatchObject({ hidden: 'held', bodyHtml: '' });
    const phone = await replyToThread({ actor: ana, input: { threadId: thread.id, body: 'Llamadme al 612 345 678', idempotencyKey: key() } });
    expect(phone.hidden).toBeNull();
    const queue = (await listReviewQueue(laura)).items;
    expect(queue.find((i) => i.targetId === held.id)?.hold).toEqual({ source: 'watched_word', detail: 'tramposo' });
    expect(queue.find((i) => i.targetId === phone.id)?.hold).toEqual({ source: 'personal_data', detail: 'phone' });

    // A moderator approves what was held: public again, and the author hears so.
    await dismissItem({ actor: laura, input: postRef(held.id) });
    const [approved] = await getDb().select().from(posts).where(eq(posts.id, held.id));
    expect(approved!.hiddenReason).toBeNull();
    expect(await kindsOf(ana)).toContainEqual(['content_restored', 'approve']);

    await updateModerationSettings({ actor: marta, input: { firstPostsHeld: 1 } });
    try {
      const newcomer = await member('Nuevo');
      const group = await createGroup('open', [[newcomer, 'member']]);
      const first = await createThread({ actor: newcomer, input: { groupId: group.id, title: 'Hola a todos', body: 'Soy nuevo en el club', idempotencyKey: key() } });
      const [row] = await getDb().select().from(threads).where(eq(threads.id, first.id));
      expect(row!.hiddenReason).toBe('held');
      const [item] = await getDb().select().from(reviewItems).where(and(eq(reviewItems.targetId, first.id), eq(reviewItems.targetType, 'thread')));
      expect(item!.holdSource).toBe('first_post');
    } finally {
      await updateModerationSettings({ actor: marta, input: { firstPostsHeld: 0 } });
    }
  });
});
