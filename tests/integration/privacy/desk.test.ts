// The privacy desk on a real database: requests and their one-month clock, the overdue alert, versioned
// terms with their append-only acceptance log, minors and guardians' consent, and the retention job on a
// fixed clock.
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, complaints, legalAcceptances, mailOutbox, notifications, privacyRequestEvents, privacyRequests, rateLimits } from '@/db/schema';
import { resolveSessionUser } from '@/lib/auth/session-user';
import { SPAIN_LEGAL_MONTH_MINUTES } from '@/lib/complaints/sla';
import { Forbidden, Invalid } from '@/lib/errors';
import { type Actor } from '@/lib/policy';
import { privacyClock } from '@/lib/privacy/clock';
import { acceptCurrent, acceptLegalDocuments, pendingDocuments, publishLegalDocument } from '@/lib/privacy/legal';
import { isUnderAgeOfConsent, recordGuardianConsent } from '@/lib/privacy/minors';
import { sweepPrivacyOverdue } from '@/lib/privacy/overdue-sweep';
import { deskRequest, deskRequests, myRequests, overdueCount } from '@/lib/privacy/queries';
import { assignPrivacyRequest, enterPrivacyRequest, openPrivacyRequest, resolvePrivacyRequest } from '@/lib/privacy/requests';
import { purgeExpiredData, RETENTION_DEFAULTS, retentionOf, updateRetention } from '@/lib/privacy/retention';
import { complaintLists, fileOne, key, type Lists, member, staffer } from '../complaint-fixtures';
import { createUser, sessionOf } from '../factories';

const DAY = 86_400_000;
let manager: Actor;
let otherManager: Actor;
let staff: Actor;

beforeAll(async () => {
  manager = await staffer('Marta', 'Dirección', 'manager');
  otherManager = await staffer('Jorge', 'Dirección', 'manager');
  staff = await staffer('Laura', 'Atención al socio');
});

const requestRows = async (subjectId: string) => getDb().select().from(privacyRequests).where(eq(privacyRequests.subjectId, subjectId));
const eventKinds = async (requestId: string) => (await getDb().select().from(privacyRequestEvents).where(eq(privacyRequestEvents.requestId, requestId)).orderBy(privacyRequestEvents.id)).map((e) => e.kind);

describe('requests desk', () => {
  it('opens a member request once for a repeated submit, due one month after it arrived', async () => {
    const ana = await member('Ana');
    const idempotencyKey = key();
    const first = await openPrivacyRequest({ actor: ana, input: { kind: 'access', details: 'Quiero una copia de todo.', idempotencyKey } });
    const again = await openPrivacyRequest({ actor: ana, input: { kind: 'access', details: 'Quiero una copia de todo.', idempotencyKey } });
    expect(again.id).toBe(first.id);
    const rows = await requestRows(ana.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.source).toBe('member');
    expect(rows[0]!.dueAt.getTime() - rows[0]!.receivedAt.getTime()).toBe(SPAIN_LEGAL_MONTH_MINUTES * 60_000);
    expect(await eventKinds(first.id)).toEqual(['opened']);
    const mine = await myRequests(ana);
    expect(mine.map((r) => [r.kind, r.status, r.clock])).toEqual([['access', 'open', 'ok']]);
  });

  it('refuses the desk to members and staff, changing nothing', async () => {
    const ana = await member('Ana');
    const r = await openPrivacyRequest({ actor: ana, input: { kind: 'erasure', idempotencyKey: key() } });
    for (const actor of [ana, staff]) {
      await expect(resolvePrivacyRequest({ actor, input: { requestId: r.id, outcome: 'resolved', resolution: 'Hecho, datos borrados.' } })).rejects.toBeInstanceOf(Forbidden);
      await expect(assignPrivacyRequest({ actor, input: { requestId: r.id, assigneeId: manager.id } })).rejects.toBeInstanceOf(Forbidden);
      await expect(enterPrivacyRequest({ actor, input: { email: 'x@test.example', kind: 'access', receivedOn: '2026-01-02', idempotencyKey: key() } })).rejects.toBeInstanceOf(Forbidden);
      await expect(deskRequests(actor, 'all')).rejects.toBeInstanceOf(Forbidden);
    }
    const [row] = await requestRows(ana.id);
    expect([row!.status, row!.assigneeId, row!.resolution]).toEqual(['open', null, null]);
    expect(await eventKinds(r.id)).toEqual(['opened']);
    // Nobody opens a request in someone else's name from the member's form: the subject is always the actor.
    expect(row!.subjectId).toBe(ana.id);
  });

  it('enters a letter with its date of arrival, assigns, resolves and keeps the trail and the audit', async () => {
    const row = await createUser('member', { displayName: 'Bea Sáez' });
    const received = new Date(Date.now() - 10 * DAY).toISOString().slice(0, 10);
    await expect(enterPrivacyRequest({ actor: manager, input: { email: 'nadie@test.example', kind: 'rectification', receivedOn: received, idempotencyKey: key() } })).rejects.toMatchObject({
      fieldErrors: { email: ['privacy.errors.noSuchMember'] },
    });
    await expect(enterPrivacyRequest({ actor: manager, input: { email: row.email, kind: 'rectification', receivedOn: '2999-01-01', idempotencyKey: key() } })).rejects.toMatchObject({
      fieldErrors: { receivedOn: ['privacy.errors.receivedOn'] },
    });
    const r = await enterPrivacyRequest({ actor: manager, input: { email: row.email.toUpperCase(), kind: 'rectification', details: 'Mi apellido es Sáez, no Saez.', receivedOn: received, idempotencyKey: key() } });
    expect(r.source).toBe('letter');
    expect(r.receivedAt.toISOString().slice(0, 10)).toBe(received);
    expect(privacyClock(r, new Date())).toBe('ok');

    await expect(assignPrivacyRequest({ actor: manager, input: { requestId: r.id, assigneeId: staff.id } })).rejects.toMatchObject({ fieldErrors: { assigneeId: ['privacy.errors.assignee'] } });
    const assigned = await assignPrivacyRequest({ actor: manager, input: { requestId: r.id, assigneeId: otherManager.id } });
    expect([assigned.status, assigned.assigneeId]).toEqual(['in_progress', otherManager.id]);

    await expect(resolvePrivacyRequest({ actor: otherManager, input: { requestId: r.id, outcome: 'resolved', resolution: 'corto' } })).rejects.toBeInstanceOf(Invalid);
    const done = await resolvePrivacyRequest({ actor: otherManager, input: { requestId: r.id, outcome: 'resolved', resolution: 'Corregido el apellido en la ficha de socio.' } });
    expect([done.status, done.resolvedById]).toEqual(['resolved', otherManager.id]);
    await expect(resolvePrivacyRequest({ actor: manager, input: { requestId: r.id, outcome: 'rejected', resolution: 'Otra respuesta distinta.' } })).rejects.toMatchObject({ fieldErrors: { _form: ['privacy.errors.finished'] } });

    expect(await eventKinds(r.id)).toEqual(['opened', 'assigned', 'resolved']);
    const audits = await getDb().select().from(auditLog).where(and(eq(auditLog.targetType, 'privacy_request'), eq(auditLog.targetId, r.id))).orderBy(auditLog.id);
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([
      ['privacy.request_enter', manager.id],
      ['privacy.request_assign', manager.id],
      ['privacy.request_resolve', otherManager.id],
    ]);
    const detail = await deskRequest(manager, r.id);
    expect(detail.subject.name).toBe('Bea Sáez');
    expect(detail.events.map((e) => e.actorName)).toEqual(['Marta', 'Marta', 'Jorge']);
    expect(detail.events[1]!.assigneeName).toBe('Jorge');
  });

  it('alerts every manager once when a request passes its month, and counts it on the desk', async () => {
    const cara = await createUser('member', { displayName: 'Cara' });
    const before = await overdueCount();
    const late = await enterPrivacyRequest({ actor: manager, input: { email: cara.email, kind: 'objection', receivedOn: new Date(Date.now() - 29 * DAY).toISOString().slice(0, 10), idempotencyKey: key() } });
    const now = new Date();
    expect(privacyClock(late, now)).toBe('due_soon');
    expect((await sweepPrivacyOverdue(now)).alerted).toBe(0);

    const later = new Date(now.getTime() + 2 * DAY);
    expect(privacyClock(late, later)).toBe('breached');
    expect(await overdueCount(later)).toBe(before + 1);
    const result = await sweepPrivacyOverdue(later);
    expect(result.alerted).toBeGreaterThanOrEqual(1);
    expect((await sweepPrivacyOverdue(later)).alerted).toBe(0);
    const told = await getDb().select().from(notifications).where(eq(notifications.kind, 'privacy_request_overdue'));
    expect(new Set(told.map((n) => n.userId))).toEqual(new Set([manager.id, otherManager.id]));
    expect(told.every((n) => n.userId !== staff.id)).toBe(true);
    expect(await eventKinds(late.id)).toEqual(['opened', 'overdue']);
    expect((await deskRequests(manager, 'overdue', later)).map((r) => r.id)).toContain(late.id);

    // Answered late, it leaves the count.
    await resolvePrivacyRequest({ actor: manager, input: { requestId: late.id, outcome: 'rejected', resolution: 'No tratamos sus datos con ese fin.' } });
    expect(await overdueCount(later)).toBe(before);
  });
});

describe('terms and privacy notice', () => {
  it('publishes versions in order, asks members for the current one and logs acceptance append-only', async () => {
    const dani = await createUser('member', { displayName: 'Dani' });
    const claims = await sessionOf(dani);
    const session = () => resolveSessionUser(claims);
    expect((await session())!.termsPending).toBe(false);

    await expect(publishLegalDocument({ actor: staff, input: { kind: 'terms', bodyMdEs: '# Términos\n\nNormas de uso del club.', bodyMdEn: '# Terms\n\nThe club rules of use.' } })).rejects.toBeInstanceOf(Forbidden);
    const v1 = await publishLegalDocument({ actor: manager, input: { kind: 'terms', bodyMdEs: '# Términos\n\nNormas de uso del club. <script>x</script>', bodyMdEn: '# Terms\n\nThe club rules of use.' } });
    const p1 = await publishLegalDocument({ actor: manager, input: { kind: 'privacy', bodyMdEs: 'Aviso de privacidad del club, versión inicial.', bodyMdEn: 'The club privacy notice, first version.' } });
    expect([v1.version, p1.version]).toEqual([1, 1]);
    expect(v1.bodyHtmlEs).not.toContain('<script>');
    expect((await session())!.termsPending).toBe(true);
    expect((await pendingDocuments(dani.id)).map((d) => d.kind)).toEqual(['terms', 'privacy']);

    const actor = { id: dani.id, role: dani.role, status: dani.status, statusUntil: null, statusReason: null };
    expect(await acceptLegalDocuments({ actor, input: { documentIds: [v1.id, p1.id].join(',') } })).toEqual({ accepted: 2, stale: false });
    expect((await session())!.termsPending).toBe(false);

    const v2 = await publishLegalDocument({ actor: manager, input: { kind: 'terms', bodyMdEs: 'Términos, segunda versión con cambios.', bodyMdEn: 'Terms, second version with changes.' } });
    expect(v2.version).toBe(2);
    expect((await session())!.termsPending).toBe(true);
    // A page that showed version 1 cannot accept version 2 unseen.
    expect(await acceptLegalDocuments({ actor, input: { documentIds: v1.id } })).toEqual({ accepted: 0, stale: true });
    expect(await acceptLegalDocuments({ actor, input: { documentIds: v2.id } })).toEqual({ accepted: 1, stale: false });
    expect((await session())!.termsPending).toBe(false);

    const log = await getDb().select().from(legalAcceptances).where(eq(legalAcceptances.userId, dani.id));
    expect(log).toHaveLength(3);
    await expect(getDb().update(legalAcceptances).set({ acceptedAt: new Date(0) }).where(eq(legalAcceptances.userId, dani.id))).rejects.toThrow();
    await expect(getDb().delete(legalAcceptances).where(eq(legalAcceptances.userId, dani.id))).rejects.toThrow();
    await expect(getDb().execute(sql`truncate legal_acceptances`)).rejects.toThrow();
    expect(await getDb().select().from(legalAcceptances).where(eq(legalAcceptances.userId, dani.id))).toHaveLength(3);

    // Joining accepts what is current, in the account's own transaction.
    const eva = await createUser('member', { displayName: 'Eva' });
    expect(await getDb().transaction((tx) => acceptCurrent(tx, eva.id, new Date()))).toBe(2);
    expect((await resolveSessionUser(await sessionOf(eva)))!.termsPending).toBe(false);
  });
});

describe('minors', () => {
  let lists: Lists;
  beforeAll(async () => {
    lists = await complaintLists();
  });

  const yearsAgo = (years: number, days = 0) => {
    const d = new Date();
    d.setUTCFullYear(d.getUTCFullYear() - years);
    return new Date(new Date(d.getTime() + days * DAY).toISOString().slice(0, 10));
  };

  it('works out the age of consent by calendar day', () => {
    const now = new Date('2026-06-15T10:00:00Z');
    expect(isUnderAgeOfConsent('2012-06-16', now)).toBe(true);
    expect(isUnderAgeOfConsent('2012-06-15', now)).toBe(false);
    expect(isUnderAgeOfConsent(null, now)).toBe(false);
  });

  it('refuses a member under 14 posting with the reason, and allows it once staff record the consent', async () => {
    const kid = await createUser('member', { displayName: 'Nico', birthDate: yearsAgo(12) });
    const teen = await createUser('member', { displayName: 'Olga', birthDate: yearsAgo(14, -1) });
    const load = async (row: { id: string; sessionVersion: number }) => (await resolveSessionUser(await sessionOf(row)))!;
    const kidActor = await load(kid);
    expect(kidActor.guardianConsentMissing).toBe(true);
    expect((await load(teen)).guardianConsentMissing).toBe(false);

    await expect(fileOne(kidActor, lists)).rejects.toMatchObject({ message: 'privacy.errors.guardianConsentNeeded' });
    expect(await getDb().select().from(complaints).where(eq(complaints.authorId, kid.id))).toHaveLength(0);
    // Exercising one's rights needs no guardian.
    await openPrivacyRequest({ actor: kidActor, input: { kind: 'access', idempotencyKey: key() } });

    await expect(recordGuardianConsent({ actor: await member('Otra'), input: { userId: kid.id, guardianName: 'Pilar Ruiz' } })).rejects.toBeInstanceOf(Forbidden);
    await expect(recordGuardianConsent({ actor: staff, input: { userId: teen.id, guardianName: 'Pilar Ruiz' } })).rejects.toMatchObject({ fieldErrors: { _form: ['privacy.errors.notAMinor'] } });
    await recordGuardianConsent({ actor: staff, input: { userId: kid.id, guardianName: 'Pilar Ruiz' } });
    await expect(recordGuardianConsent({ actor: staff, input: { userId: kid.id, guardianName: 'Pilar Ruiz' } })).rejects.toMatchObject({ message: 'privacy.errors.consentRecorded' });

    const allowed = await load(kid);
    expect(allowed.guardianConsentMissing).toBe(false);
    const filed = await fileOne(allowed, lists);
    expect(filed).toBeTruthy();
    const [audit] = await getDb().select().from(auditLog).where(and(eq(auditLog.action, 'privacy.guardian_consent'), eq(auditLog.targetId, kid.id)));
    expect(audit?.actorId).toBe(staff.id);
    expect(JSON.stringify(audit)).not.toContain('Pilar');
  });
});

describe('retention', () => {
  it('keeps safe defaults and lets only managers change them within their bounds', async () => {
    expect(await retentionOf()).toEqual(RETENTION_DEFAULTS);
    const input = { ...RETENTION_DEFAULTS, clientIpDays: 14 };
    await expect(updateRetention({ actor: staff, input })).rejects.toBeInstanceOf(Forbidden);
    await expect(updateRetention({ actor: manager, input: { ...input, auditLogDays: 30 } })).rejects.toMatchObject({ fieldErrors: { auditLogDays: ['privacy.errors.rangeAuditLogDays'] } });
    expect(await retentionOf()).toEqual(RETENTION_DEFAULTS);
    await updateRetention({ actor: manager, input });
    expect((await retentionOf()).clientIpDays).toBe(14);
    await updateRetention({ actor: manager, input: { ...RETENTION_DEFAULTS } });
  });

  it('purges on a fixed clock what each period says, whole audit entries only by the job, and records it', async () => {
    const now = new Date('2031-03-01T00:00:00Z');
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const reader = await createUser('member', { displayName: 'Lola' });

    await getDb()
      .insert(rateLimits)
      .values([
        { key: 'signInAddress:203.0.113.9', points: 3, expire: ago(31) },
        { key: 'signInAddress:203.0.113.10', points: 1, expire: ago(29) },
      ]);
    const [oldMail, newMail] = await getDb()
      .insert(mailOutbox)
      .values([
        { toAddress: 'a@test.example', category: 'account', sealedValues: 'sealed-old', status: 'sent', createdAt: ago(91) },
        { toAddress: 'b@test.example', category: 'account', sealedValues: 'sealed-new', status: 'sent', createdAt: ago(89) },
      ])
      .returning();
    const [oldRead, newRead, unread] = await getDb()
      .insert(notifications)
      .values([
        { userId: reader.id, kind: 'review_item', createdAt: ago(400), readAt: ago(366) },
        { userId: reader.id, kind: 'review_item', createdAt: ago(400), readAt: ago(364) },
        { userId: reader.id, kind: 'review_item', createdAt: ago(800) },
      ])
      .returning();
    const [oldAudit, newAudit] = await getDb()
      .insert(auditLog)
      .values([
        { actorId: manager.id, action: 'test.old', targetType: 'test', createdAt: ago(2191) },
        { actorId: manager.id, action: 'test.recent', targetType: 'test', createdAt: ago(2189) },
      ])
      .returning();

    // Outside the job the audit log stays append-only, even for an entry past its period.
    await expect(getDb().delete(auditLog).where(eq(auditLog.id, oldAudit!.id))).rejects.toThrow();
    await expect(getDb().update(auditLog).set({ reason: 'x' }).where(eq(auditLog.id, oldAudit!.id))).rejects.toThrow();

    const purged = await purgeExpiredData(now);
    expect(purged.clientIpDays).toBeGreaterThanOrEqual(1);
    expect(purged.mailBodyDays).toBeGreaterThanOrEqual(1);
    expect(purged.readNotificationDays).toBe(1);
    expect(purged.auditLogDays).toBe(1);
    expect(purged.exportFileDays).toBe(0);

    const keys = (await getDb().select().from(rateLimits)).map((r) => r.key);
    expect(keys).not.toContain('signInAddress:203.0.113.9');
    expect(keys).toContain('signInAddress:203.0.113.10');
    const mails = await getDb().select().from(mailOutbox);
    expect(mails.find((m) => m.id === oldMail!.id)?.sealedValues).toBeNull();
    expect(mails.find((m) => m.id === newMail!.id)?.sealedValues).toBe('sealed-new');
    const left = (await getDb().select().from(notifications).where(eq(notifications.userId, reader.id))).map((n) => n.id);
    expect(left.sort()).toEqual([newRead!.id, unread!.id].sort());
    expect(left).not.toContain(oldRead!.id);
    const audits = (await getDb().select().from(auditLog)).map((a) => a.id);
    expect(audits).not.toContain(oldAudit!.id);
    expect(audits).toContain(newAudit!.id);
    const [record] = await getDb().select().from(auditLog).where(eq(auditLog.action, 'privacy.retention_purge'));
    expect(record?.after).toMatchObject({ auditLogDays: 1, readNotificationDays: 1 });
    // The job's flag does not outlive its transaction.
    await expect(getDb().delete(auditLog).where(eq(auditLog.id, newAudit!.id))).rejects.toThrow();

    // Run again on the same clock: nothing left to purge, nothing recorded.
    const again = await purgeExpiredData(now);
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
    expect(await getDb().select().from(auditLog).where(eq(auditLog.action, 'privacy.retention_purge'))).toHaveLength(1);
  });
});
