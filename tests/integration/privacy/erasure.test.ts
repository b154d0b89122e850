import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, blockedRecords, complaintEvents, complaintRatings, erasureRequests, mailOutbox, memberProfiles, polls, posts, privacySettings, sanctions, appeals, threads, users, privacyRequests } from '@/db/schema';
import { getEnv } from '@/lib/env';
import { complaintDashboard } from '@/lib/complaints/metrics/dashboard';
import { presetPeriod } from '@/lib/complaints/metrics/period';
import { transparencyFigures } from '@/lib/complaints/metrics/queries';
import { getComplaintView } from '@/lib/complaints/queries';
import { Conflict, Forbidden, Invalid, NotFound } from '@/lib/errors';
import { claimMail, deliverClaimed } from '@/lib/mail/outbox';
import { engagement } from '@/lib/metrics/engagement';
import { purgeBlocked } from '@/lib/privacy/blocked';
import { cancelErasure, pendingErasure, requestErasure, runDueErasures } from '@/lib/privacy/erase';
import { extractBlockedData } from '@/lib/privacy/extract';
import { listMembers } from '@/lib/members/queries';
import { suggestMentions } from '@/lib/threads/mention-suggestions';
import { getThreadView } from '@/lib/threads/queries';
import { actorOf, reload, sessionOf } from '../factories';
import { personWithTraces, sceneFor } from './fixtures';

const DAY = 86_400_000;

/** Every figure of the dashboard and of the transparency page, as numbers and labels only. */
async function allFigures(now: Date) {
  const period = presetPeriod(365, now);
  return JSON.parse(
    JSON.stringify({
      complaints: await complaintDashboard(period),
      transparency: await Promise.all(([30, 90, 365] as const).map((windowDays) => transparencyFigures({ windowDays, now }))),
      engagement: await engagement(period),
    }),
  );
}

/** Where any of the needles is still written: every text and JSON column of every table but the blocked store. */
async function tracesOf(needles: string[]): Promise<string[]> {
  const db = getDb();
  const { rows } = (await db.execute(sql`
    select c.table_name as t, c.column_name as c from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
    where c.table_schema = current_schema() and c.data_type in ('text', 'character varying', 'jsonb') and c.is_generated = 'NEVER'`)) as unknown as { rows: { t: string; c: string }[] };
  const found: string[] = [];
  for (const { t, c } of rows) {
    if (t === 'blocked_records') continue;
    for (const needle of needles) {
      const hit = (await db.execute(sql`select count(*)::int as n from ${sql.raw(`"${t}"`)} where ${sql.raw(`"${c}"`)}::text ilike ${`%${needle}%`}`)) as unknown as { rows: { n: number }[] };
      if (hit.rows[0]!.n > 0) found.push(`${t}.${c} holds ${needle === needles[0] ? 'the name' : needle}`);
    }
  }
  return found;
}

async function erasedNow(actor: ReturnType<typeof actorOf>, mode: 'anonymise' | 'delete_content') {
  const { id } = await requestErasure({ actor, input: { mode, confirm: 'on' } });
  await getDb().update(erasureRequests).set({ runAfter: new Date(Date.now() - 1000) }).where(eq(erasureRequests.id, id));
  expect(await runDueErasures()).toBeGreaterThanOrEqual(1);
  return id;
}

describe('erasing an account', () => {
  it('waits 14 days, can be cancelled, and a second request while one is open is refused', async () => {
    const p = await personWithTraces();
    const now = new Date();
    const first = await requestErasure({ actor: p.actor, input: { mode: 'anonymise', confirm: 'on' } });
    expect(first.runAfter.getTime() - now.getTime()).toBeGreaterThanOrEqual(14 * DAY - 5_000);
    await expect(requestErasure({ actor: p.actor, input: { mode: 'delete_content', confirm: 'on' } })).rejects.toBeInstanceOf(Conflict);
    expect(await getDb().select().from(erasureRequests).where(eq(erasureRequests.userId, p.actor.id))).toHaveLength(1);
    // The request is on the privacy desk too, with its month, however often it was asked for.
    const desk = () => getDb().select().from(privacyRequests).where(eq(privacyRequests.subjectId, p.actor.id));
    expect((await desk()).map((r) => [r.kind, r.source, r.status])).toEqual([['erasure', 'member', 'open']]);
    // Thirteen days on, nothing runs; cancelled, nothing ever runs.
    await runDueErasures(new Date(now.getTime() + 13 * DAY));
    expect((await reload(p.actor.id)).erasedAt).toBeNull();
    await cancelErasure({ actor: p.actor, input: {} });
    expect(await pendingErasure(p.actor)).toBeNull();
    expect((await desk()).map((r) => [r.status, r.resolution])).toEqual([['resolved', 'La persona retiró la solicitud de supresión antes de que se ejecutara.']]);
    await runDueErasures(new Date(now.getTime() + 15 * DAY));
    const after = await reload(p.actor.id);
    expect(after.erasedAt).toBeNull();
    expect(after.displayName).toBe(p.name);
    await expect(cancelErasure({ actor: p.actor, input: {} })).rejects.toBeInstanceOf(NotFound);
  });

  it('refuses a request without the confirmation or a mode, keeping the field errors', async () => {
    const p = await personWithTraces();
    const refused = await requestErasure({ actor: p.actor, input: { mode: 'anonymise' } }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Invalid);
    expect((refused as Invalid).fieldErrors.confirm).toEqual(['privacy.errors.confirmErasure']);
    const noMode = await requestErasure({ actor: p.actor, input: { mode: 'everything', confirm: 'on' } }).catch((e: unknown) => e);
    expect((noMode as Invalid).fieldErrors.mode).toEqual(['privacy.errors.chooseMode']);
    expect(await pendingErasure(p.actor)).toBeNull();
  });

  it('anonymises: no table outside the blocked store keeps her name, address, membership number or IP, and no figure moves', async () => {
    const p = await personWithTraces();
    const scene = await sceneFor(p);
    const needles = [p.name, p.email, p.membershipNumber, p.ip];
    expect((await tracesOf(needles)).length).toBeGreaterThan(5);
    const now = new Date();
    const before = await allFigures(now);

    await erasedNow(p.actor, 'anonymise');

    expect(await tracesOf(needles)).toEqual([]);
    expect(await allFigures(now)).toEqual(before);
    const account = await reload(p.actor.id);
    expect(account.displayName).toMatch(/^Socio anónimo \d+$/);
    expect(account.erasedAt).not.toBeNull();
    expect(account.membershipNumber).toBeNull();
    expect(await getDb().select().from(memberProfiles).where(eq(memberProfiles.userId, p.actor.id))).toEqual([]);
    expect(existsSync(path.resolve(getEnv().DATA_DIR, 'uploads', scene.avatar))).toBe(false);
    expect(existsSync(path.resolve(getEnv().DATA_DIR, 'blocked', scene.avatar))).toBe(true);

    // Posts stay, signed by the anonymous member; the mention in another's reply now names the anonymous member.
    const page = await getThreadView(scene.other, scene.group.slug, scene.answered.id);
    expect(JSON.stringify(page)).toContain(account.displayName);
    const [mention] = await getDb().select().from(posts).where(eq(posts.id, scene.reply.id));
    expect(mention!.bodyMd).toContain(`@${account.displayName}`);
    // Search finds the posts by the anonymous name, never by the old one.
    const search = (word: string) => getDb().execute(sql`select count(*)::int as n from posts where search_vector @@ plainto_tsquery('tertulia_es', ${word})`) as unknown as Promise<{ rows: { n: number }[] }>;
    expect((await search(p.name.split(' ')[2]!)).rows[0]!.n).toBe(0);
    expect((await search(account.displayName)).rows[0]!.n).toBeGreaterThan(0);

    // The complaint is the company's record: public timeline kept, private case and rating comment blocked.
    const events = await getDb().select().from(complaintEvents).where(eq(complaintEvents.complaintId, scene.complaint.id));
    expect(events.filter((e) => e.visibility === 'public').length).toBeGreaterThan(0);
    expect(events.filter((e) => e.visibility === 'private' && e.bodyMd !== null)).toEqual([]);
    const [rating] = await getDb().select().from(complaintRatings).where(eq(complaintRatings.complaintId, scene.complaint.id));
    expect(rating).toMatchObject({ rating: 4, comment: null });

    // The open sanction and its pending appeal are blocked, not lost.
    const [sanction] = await getDb().select().from(sanctions).where(eq(sanctions.id, scene.sanction.id));
    expect(sanction).toMatchObject({ kind: 'silence', userId: p.actor.id });
    const blocked = await getDb().select().from(blockedRecords).where(eq(blockedRecords.subjectId, p.actor.id));
    const kinds = new Set(blocked.map((b) => b.kind));
    for (const kind of ['account', 'sanction', 'appeal', 'complaint_private_case', 'complaint_rating_comment', 'member_risk', 'follow_up_note', 'report_note', 'join_request']) expect(kinds).toContain(kind);
    expect(JSON.stringify(blocked.find((b) => b.kind === 'sanction')!.payload)).toContain(p.name);
    expect((await getDb().select().from(appeals).where(eq(appeals.appellantId, p.actor.id)))[0]).toMatchObject({ status: 'pending' });

    // She cannot be mailed by her old address except the confirmation, which carries it sealed.
    const mails = await getDb().select().from(mailOutbox).where(eq(mailOutbox.userId, p.actor.id));
    expect(mails.map((m) => m.category)).toEqual(['privacy_erased']);
    // The confirmation reaches the old address, in her language.
    expect(await deliverClaimed((await claimMail()).find((m) => m.id === mails[0]!.id)!)).toBe('sent');
    const sent = readdirSync(path.resolve(getEnv().DATA_DIR, 'mail')).map((f) => readFileSync(path.resolve(getEnv().DATA_DIR, 'mail', f), 'utf8'));
    const confirmation = sent.find((m) => m.includes(`To: ${p.email}`));
    expect(confirmation).toBeDefined();
    expect(confirmation).toMatch(/Subject: .*tu cuenta se ha borrado/);
    // The audit log keeps who was erased, by id.
    expect(await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'privacy.account_erased'), eq(auditLog.targetId, p.actor.id)))).toHaveLength(1);
    // A second run finds nothing to do.
    expect(await runDueErasures()).toBe(0);
    // She is nobody to manage, mention or suggest any more.
    const directory = await listMembers(scene.manager, { q: account.displayName });
    expect(directory.members.map((r) => r.id)).not.toContain(p.actor.id);
    expect((await suggestMentions(scene.other, 'Socio anónimo')).map((r) => r.id)).not.toContain(p.actor.id);
  });

  it('deletes her content too: posts tombstoned, a lonely thread gone, an answered one kept with a tombstone; complaint figures unchanged', async () => {
    const p = await personWithTraces();
    const scene = await sceneFor(p);
    const now = new Date();
    const before = await allFigures(now);

    await erasedNow(p.actor, 'delete_content');

    expect(await tracesOf([p.name, p.email, p.membershipNumber, p.ip])).toEqual([]);
    const after = await allFigures(now);
    expect(after.complaints).toEqual(before.complaints);
    expect(after.transparency).toEqual(before.transparency);
    const own = await getDb().select().from(posts).where(eq(posts.authorId, p.actor.id));
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((x) => x.deletedAt !== null && x.bodyMd === '')).toBe(true);
    expect(await getDb().select().from(threads).where(eq(threads.id, scene.lonely.id))).toEqual([]);
    const [kept] = await getDb().select().from(threads).where(eq(threads.id, scene.answered.id));
    expect(kept!.title).toBe('Tema retirado por su autor');
    expect(await getDb().select().from(polls).where(eq(polls.threadId, scene.answered.id))).toEqual([]);
    // Her comment on someone else's complaint stays in its place without words.
    const comments = await getDb().select().from(complaintEvents).where(and(eq(complaintEvents.complaintId, scene.othersComplaint.id), eq(complaintEvents.actorId, p.actor.id)));
    expect(comments.map((c) => c.bodyMd)).toEqual([null]);
    const blocked = await getDb().select({ kind: blockedRecords.kind }).from(blockedRecords).where(eq(blockedRecords.subjectId, p.actor.id));
    for (const kind of ['post', 'post_revision', 'thread', 'poll', 'complaint_comment']) expect(blocked.map((b) => b.kind)).toContain(kind);
  });

  it('a staff member who signed official replies: the signature becomes the role, the audit log keeps the id', async () => {
    const p = await personWithTraces();
    const scene = await sceneFor(p);
    const lauraRow = await reload(scene.laura.id);
    await erasedNow(scene.laura, 'anonymise');
    // A visitor of a public board reads the signature too.
    const detail = await getComplaintView(null, scene.complaint.number, true);
    const reply = detail!.timeline.find((e) => e.kind === 'official_reply')!;
    expect(reply.actor).toMatchObject({ name: 'Atención al socio', staff: true });
    expect(reply.actor!.title).toBeNull();
    expect(await tracesOf([lauraRow.displayName, lauraRow.email])).toEqual([]);
    expect((await getDb().select().from(auditLog).where(eq(auditLog.actorId, scene.laura.id))).length).toBeGreaterThan(0);
  });
});

describe('the blocked store', () => {
  it('the privacy officer extracts one person with a reason, audited; without a reason refused; staff refused', async () => {
    const p = await personWithTraces();
    const scene = await sceneFor(p);
    await erasedNow(p.actor, 'anonymise');
    const audits = async () => (await getDb().select().from(auditLog).where(eq(auditLog.action, 'privacy.blocked_extracted'))).length;
    const before = await audits();
    const refused = await extractBlockedData({ actor: scene.manager, input: { subjectId: p.actor.id, reason: '' } }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Invalid);
    expect((refused as Invalid).fieldErrors.reason).toEqual(['privacy.errors.reasonRequired']);
    await expect(extractBlockedData({ actor: scene.laura, input: { subjectId: p.actor.id, reason: 'Requerimiento del Juzgado n.º 3 de Bilbao' } })).rejects.toBeInstanceOf(Forbidden);
    expect(await audits()).toBe(before);

    const out = await extractBlockedData({ actor: scene.manager, input: { subjectId: p.actor.id, reason: 'Requerimiento del Juzgado n.º 3 de Bilbao' } });
    expect(JSON.stringify(out.records)).toContain(p.email);
    const [entry] = await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'privacy.blocked_extracted'), eq(auditLog.targetId, p.actor.id)));
    expect(entry).toMatchObject({ actorId: scene.manager.id, reason: 'Requerimiento del Juzgado n.º 3 de Bilbao' });
    // Someone never erased has nothing blocked.
    await expect(extractBlockedData({ actor: scene.manager, input: { subjectId: scene.other.id, reason: 'Requerimiento del Juzgado n.º 3 de Bilbao' } })).rejects.toBeInstanceOf(NotFound);
  });

  it('the purge job destroys blocked data once the limitation period has passed, on a fixed clock, and records it', async () => {
    const p = await personWithTraces();
    await sceneFor(p);
    await erasedNow(p.actor, 'anonymise');
    const count = async () => (await getDb().select().from(blockedRecords).where(eq(blockedRecords.subjectId, p.actor.id))).length;
    const blockedAt = (await getDb().select().from(blockedRecords).where(eq(blockedRecords.subjectId, p.actor.id)))[0]!.blockedAt;
    const kept = await count();
    expect(kept).toBeGreaterThan(0);
    // The default is three years.
    await purgeBlocked(new Date(blockedAt.getTime() + 3 * 365 * DAY - DAY));
    expect(await count()).toBe(kept);
    await purgeBlocked(new Date(blockedAt.getTime() + 3 * 365 * DAY + 1000));
    expect(await count()).toBe(0);
    expect(await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'privacy.blocked_destroyed'), eq(auditLog.targetId, p.actor.id)))).toHaveLength(1);
  });

  it('follows the period the manager set', async () => {
    const p = await personWithTraces();
    await sceneFor(p);
    await erasedNow(p.actor, 'anonymise');
    await getDb().insert(privacySettings).values({ id: 1, blockedRetentionDays: 365 }).onConflictDoUpdate({ target: privacySettings.id, set: { blockedRetentionDays: 365 } });
    const [{ blockedAt }] = (await getDb().select({ blockedAt: blockedRecords.blockedAt }).from(blockedRecords).where(eq(blockedRecords.subjectId, p.actor.id))) as [{ blockedAt: Date }];
    await purgeBlocked(new Date(blockedAt.getTime() + 366 * DAY));
    expect(await getDb().select().from(blockedRecords).where(eq(blockedRecords.subjectId, p.actor.id))).toEqual([]);
    await getDb().delete(privacySettings);
  });

  it('an erased account is nobody’s session any more', async () => {
    const p = await personWithTraces();
    const before = await reload(p.actor.id);
    const device = await sessionOf(before);
    const { resolveSessionUser } = await import('@/lib/auth/session-user');
    // A live session before, so that the nulls after are the erasure's doing.
    expect(await resolveSessionUser(device)).not.toBeNull();
    await erasedNow(p.actor, 'anonymise');
    expect(await resolveSessionUser(device)).toBeNull();
    expect(await resolveSessionUser({ ...device, sessionVersion: before.sessionVersion + 1 })).toBeNull();
    expect((await getDb().select().from(users).where(eq(users.id, p.actor.id)))[0]!.passwordHash).toBe('!erased');
  });
});
