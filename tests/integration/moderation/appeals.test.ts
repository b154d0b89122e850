import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { appeals, auditLog, posts, sanctions } from '@/db/schema';
import { Conflict, Invalid } from '@/lib/errors';
import { appealDecision } from '@/lib/moderation/appeal';
import { appealSanction } from '@/lib/moderation/appeal-sanction';
import { authenticate } from '@/lib/auth/authenticate';
import { isActive } from '@/lib/policy';
import { resolveSessionUser } from '@/lib/auth/session-user';
import { decideAppeal } from '@/lib/moderation/decide-appeal';
import { liftSanction } from '@/lib/moderation/lift-sanction';
import { getDecision, listPendingAppeals, myModeration, sanctionsKeepingOut } from '@/lib/moderation/queries';
import { redactedMarker, redactFragment } from '@/lib/moderation/redact';
import { sanctionMember } from '@/lib/moderation/sanction';
import { listNotifications } from '@/lib/notifications/queries';
import { createThread } from '@/lib/threads/create-thread';
import { replyToThread } from '@/lib/threads/reply';
import { createGroup, key } from '../community-fixtures';
import { member, staffer } from '../complaint-fixtures';
import { actorOf, auditCount, PASSWORD, reload, sessionOf } from '../factories';

const REDACTED = redactedMarker('es');
const kindsOf = async (actor: Parameters<typeof listNotifications>[0]) => (await listNotifications(actor)).items.map((i) => [i.kind, i.subject]);
const fresh = async (id: string) => actorOf(await reload(id));
const auditsOn = async (userId: string) => (await getDb().select().from(auditLog).where(eq(auditLog.targetId, userId))).map((a) => a.action);

async function cast() {
  const [luis, laura, marta, jorge] = [await member('Luis'), await staffer('Laura'), await staffer('Marta', 'Dirección', 'manager'), await staffer('Jorge', 'Dirección', 'manager')];
  return { luis, laura, marta, jorge };
}

describe('appeals against sanctions', () => {
  it('the suspended member appeals once; only a manager other than the issuer decides, and upholding lifts the suspension', async () => {
    const { luis, laura, marta, jorge } = await cast();
    const eva = await member('Eva');
    await sanctionMember({ actor: laura, input: { userId: luis.id, kind: 'silence', reason: 'Tono en los comentarios', days: 30 } });
    const suspension = await sanctionMember({ actor: marta, input: { userId: luis.id, kind: 'suspension', reason: 'Insultos reiterados', days: 7 } });
    const silence = (await getDb().select().from(sanctions).where(and(eq(sanctions.userId, luis.id), eq(sanctions.kind, 'silence'))))[0]!;

    // Suspended, he cannot reach member pages, but his landing page offers the appeal and the verb accepts it.
    const suspended = await fresh(luis.id);
    expect(suspended.status).toBe('suspended');
    expect((await sanctionsKeepingOut(suspended)).map((s) => [s.kind, s.canAppeal])).toEqual([['suspension', true]]);
    // Signed out meanwhile, he can still sign in to reach that page; nothing else lets him in.
    const account = await reload(luis.id);
    expect(await authenticate({ email: account.email, password: PASSWORD, ip: 'appeal-1' })).toEqual({ id: luis.id, sessionVersion: account.sessionVersion });
    expect(isActive((await resolveSessionUser(await sessionOf({ id: luis.id, sessionVersion: account.sessionVersion })))!)).toBe(false);
    await expect(appealSanction({ actor: eva, input: { sanctionId: suspension.id, body: 'Que le quiten la sanción' } })).rejects.toThrow('moderation.errors.notYours');
    const appeal = await appealSanction({ actor: suspended, input: { sanctionId: suspension.id, body: 'Me provocaron primero, pido que se revise' } });
    await expect(appealSanction({ actor: suspended, input: { sanctionId: suspension.id, body: 'Lo pido otra vez, por si acaso' } })).rejects.toThrow('moderation.errors.alreadyAppealed');
    expect((await myModeration(suspended)).sanctions.find((s) => s.id === suspension.id)).toMatchObject({ canAppeal: false, appeal: { status: 'pending' } });

    // Staff may not decide it, nor the manager who imposed it; refusals change nothing and write nothing.
    const pending = (who: typeof laura) => listPendingAppeals(who).then((list) => list.find((a) => a.id === appeal.id)!);
    expect((await pending(laura)).refusal).toBe('moderation.errors.managerOnly');
    expect(await pending(marta)).toMatchObject({ refusal: 'moderation.errors.sameModerator', sanction: { kind: 'suspension', by: 'Marta' }, decision: null });
    expect((await pending(jorge)).refusal).toBeNull();
    const audits = await auditCount();
    await expect(decideAppeal({ actor: marta, input: { appealId: appeal.id, upheld: 'true' } })).rejects.toThrow('moderation.errors.sameModerator');
    await expect(decideAppeal({ actor: laura, input: { appealId: appeal.id, upheld: 'true' } })).rejects.toThrow('moderation.errors.managerOnly');
    expect(await auditCount()).toBe(audits);
    expect((await getDb().select().from(appeals).where(eq(appeals.id, appeal.id)))[0]!.status).toBe('pending');

    await decideAppeal({ actor: jorge, input: { appealId: appeal.id, upheld: 'true', note: 'Hubo provocación' } });
    await expect(decideAppeal({ actor: jorge, input: { appealId: appeal.id, upheld: 'false' } })).rejects.toBeInstanceOf(Conflict);
    const [lifted] = await getDb().select().from(sanctions).where(eq(sanctions.id, suspension.id));
    expect(lifted).toMatchObject({ liftedBy: jorge.id, liftNote: 'Hubo provocación' });
    // The account falls back on the silence still in force, not straight to active.
    const after = await reload(luis.id);
    expect(after).toMatchObject({ status: 'silenced', statusReason: 'Tono en los comentarios', statusUntil: silence.endsAt });
    expect(await auditsOn(luis.id)).toContain('moderation.appeal_upheld');
    expect(await kindsOf(actorOf(after))).toContainEqual(['appeal_decided', 'suspension']);
    // Lifted, it cannot be appealed again.
    await expect(appealSanction({ actor: actorOf(after), input: { sanctionId: suspension.id, body: 'Otra vez, por favor' } })).rejects.toBeInstanceOf(Conflict);
  });

  it('a manager lifts a ban, audited in the same transaction; a pending appeal is settled and the member is told', async () => {
    const { luis, laura, marta, jorge } = await cast();
    const ban = await sanctionMember({ actor: marta, input: { userId: luis.id, kind: 'ban', reason: 'Amenazas a otro socio' } });
    // A milder measure given meanwhile does not let a banned member back in.
    await sanctionMember({ actor: laura, input: { userId: luis.id, kind: 'silence', reason: 'Además, tono', days: 2 } });
    expect((await reload(luis.id)).status).toBe('banned');
    const appeal = await appealSanction({ actor: await fresh(luis.id), input: { sanctionId: ban.id, body: 'Fue un malentendido, lo aclaro' } });

    const audits = await auditCount();
    await expect(liftSanction({ actor: laura, input: { sanctionId: ban.id, note: 'Ya está bien' } })).rejects.toThrow('moderation.errors.managerOnly');
    await expect(liftSanction({ actor: jorge, input: { sanctionId: ban.id, note: 'no' } })).rejects.toBeInstanceOf(Invalid);
    expect(await auditCount()).toBe(audits);
    expect((await reload(luis.id)).status).toBe('banned');

    // The issuer may lift their own sanction (it is no appeal).
    await liftSanction({ actor: marta, input: { sanctionId: ban.id, note: 'Aclarado con las dos partes' } });
    expect(await auditCount()).toBe(audits + 1);
    const [row] = await getDb().select().from(auditLog).where(and(eq(auditLog.targetId, luis.id), eq(auditLog.action, 'moderation.sanction_lifted')));
    expect(row).toMatchObject({ actorId: marta.id, reason: 'Aclarado con las dos partes', before: { sanction: ban.id, kind: 'ban', status: 'banned' }, after: { status: 'silenced' } });
    expect((await getDb().select().from(appeals).where(eq(appeals.id, appeal.id)))[0]).toMatchObject({ status: 'upheld', decidedBy: marta.id });
    const back = await fresh(luis.id);
    expect(back.status).toBe('silenced');
    expect(await kindsOf(back)).toContainEqual(['sanction_lifted', 'ban']);
    await expect(liftSanction({ actor: jorge, input: { sanctionId: ban.id, note: 'Otra vez' } })).rejects.toThrow('moderation.errors.notInForce');
    expect(await auditCount()).toBe(audits + 1);
  });
});

describe('appeals against redactions', () => {
  it('can only be acknowledged: the fragment was kept nowhere, so the text stays redacted', async () => {
    const { luis, laura } = await cast();
    const jorge = await staffer('Jorge');
    const ana = await member('Ana');
    const group = await createGroup('open', [[ana, 'member'], [luis, 'member']]);
    const thread = await createThread({ actor: ana, input: { groupId: group.id, title: 'Cena del club', body: '¿Quién viene?', idempotencyKey: key() } });
    const post = await replyToThread({ actor: luis, input: { threadId: thread.id, body: 'El presidente es un ladrón, yo voy', idempotencyKey: key() } });
    const { action } = await redactFragment({ actor: laura, input: { targetType: 'post', targetId: post.id, fragment: 'El presidente es un ladrón', reason: 'abuse' } });

    expect((await getDecision(luis, action.id)).canAppeal).toBe(true);
    await expect(appealDecision({ actor: ana, input: { actionId: action.id, body: 'No es mío pero lo recurro' } })).rejects.toThrow('moderation.errors.notYours');
    const appeal = await appealDecision({ actor: luis, input: { actionId: action.id, body: 'Era una crítica, no un insulto' } });
    await expect(appealDecision({ actor: luis, input: { actionId: action.id, body: 'Y lo repito otra vez' } })).rejects.toThrow('moderation.errors.alreadyAppealed');
    await expect(decideAppeal({ actor: laura, input: { appealId: appeal.id, upheld: 'true' } })).rejects.toThrow('moderation.errors.sameModerator');
    expect(await decideAppeal({ actor: jorge, input: { appealId: appeal.id, upheld: 'true', note: 'Crítica legítima' } })).toEqual({ status: 'acknowledged' });

    const [row] = await getDb().select().from(posts).where(eq(posts.id, post.id));
    expect(row!.bodyMd).toBe(`${REDACTED}, yo voy`);
    expect((await getDecision(luis, action.id)).appeal).toMatchObject({ status: 'acknowledged', note: 'Crítica legítima' });
    expect(await kindsOf(luis)).toContainEqual(['appeal_decided', 'abuse']);
  });
});
