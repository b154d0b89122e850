import { and, asc, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { dataExports, privacyRequests, mailOutbox, notifications, pollVotes, postReactions, postRevisions, posts, reports, sanctions } from '@/db/schema';
import { Conflict, Gone, NotFound } from '@/lib/errors';
import { listNotifications } from '@/lib/notifications/queries';
import { EXPORT_KINDS } from '@/lib/privacy/kinds';
import { exportFile, myExports, requestDataExport, runDataExports } from '@/lib/privacy/export';
import { personWithTraces, sceneFor } from './fixtures';

const DAY = 86_400_000;

async function readyExport(actor: Awaited<ReturnType<typeof personWithTraces>>['actor']) {
  const id = await requestDataExport({ actor, input: {} });
  expect((await myExports(actor)).items[0]).toMatchObject({ id, status: 'queued', progress: 0 });
  const { built } = await runDataExports();
  expect(built).toBeGreaterThanOrEqual(1);
  return id;
}

describe('my data export', () => {
  it('holds, kind by kind, what the database holds about her, her uploads and a README in her language', async () => {
    const p = await personWithTraces();
    const scene = await sceneFor(p);
    const id = await readyExport(p.actor);
    const { bytes, name } = await exportFile(p.actor, id);
    expect(name).toMatch(/^mis-datos-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = unzipSync(new Uint8Array(bytes));
    const json = (file: string) => JSON.parse(strFromU8(zip[file]!));

    // One file per kind of the one list, and the README naming each.
    expect(Object.keys(zip).filter((f) => f.endsWith('.json')).sort()).toEqual(EXPORT_KINDS.map((k) => `${k.name}.json`).sort());
    const readme = strFromU8(zip['LEEME.txt']!);
    for (const kind of EXPORT_KINDS) expect(readme).toContain(`${kind.name}.json: `);
    expect(readme).not.toMatch(/privacy\.readme/);
    expect(zip[`uploads/${scene.avatar}`]).toBeDefined();

    // Each kind against the tables, read here independently.
    const db = getDb();
    expect(json('account.json')).toMatchObject({ id: p.actor.id, email: p.email, displayName: p.name, membershipNumber: p.membershipNumber, avatarKey: scene.avatar });
    expect(json('account.json')).not.toHaveProperty('passwordHash');
    const ownPosts = await db.select({ id: posts.id, bodyMd: posts.bodyMd }).from(posts).where(eq(posts.authorId, p.actor.id)).orderBy(asc(posts.createdAt), asc(posts.id));
    expect(json('posts.json').posts.map((x: { id: string; bodyMd: string }) => ({ id: x.id, bodyMd: x.bodyMd }))).toEqual(ownPosts);
    expect(json('posts.json').threadsStarted.map((t: { id: string }) => t.id).sort()).toEqual([scene.answered.id, scene.lonely.id].sort());
    expect(json('posts.json').polls.map((o: { options: string }) => o.options)).toEqual(['A las 7', 'A las 8']);
    const revisions = await db.select({ bodyMd: postRevisions.bodyMd }).from(postRevisions).where(eq(postRevisions.postId, scene.mine.id));
    expect(json('revisions.json').map((r: { bodyMd: string }) => r.bodyMd)).toEqual(revisions.map((r) => r.bodyMd));
    expect(json('revisions.json')[0].bodyMd).toContain(p.name);
    expect(json('reactions.json').map((r: { postId: string; reaction: string }) => [r.postId, r.reaction])).toEqual(
      (await db.select().from(postReactions).where(eq(postReactions.userId, p.actor.id))).map((r) => [r.postId, r.reaction]),
    );
    expect(json('votes.json')).toHaveLength((await db.select().from(pollVotes).where(eq(pollVotes.userId, p.actor.id))).length);
    expect(json('votes.json')[0]).toMatchObject({ question: '¿A qué hora abrimos?', option: 'A las 7' });

    const complaints = json('complaints.json');
    expect(complaints.filed.map((c: { id: string }) => c.id)).toEqual([scene.complaint.id]);
    expect(complaints.filed[0].timeline.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['created', 'official_reply']));
    expect(complaints.filed[0].privateCase.some((e: { bodyMd: string }) => e.bodyMd.includes('600 123 123'))).toBe(true);
    expect(complaints.onOthers.map((e: { complaintId: string; kind: string }) => [e.complaintId, e.kind])).toEqual([[scene.othersComplaint.id, 'comment']]);
    expect(json('ratings.json')).toEqual([expect.objectContaining({ complaintId: scene.complaint.id, rating: 4, solved: true, wouldStay: true })]);
    expect(json('reports.json').map((r: { id: string }) => r.id)).toEqual((await db.select({ id: reports.id }).from(reports).where(eq(reports.reporterId, p.actor.id))).map((r) => r.id));
    const moderation = json('moderation.json');
    expect(moderation.sanctions.map((s: { id: string }) => s.id)).toEqual((await db.select({ id: sanctions.id }).from(sanctions).where(eq(sanctions.userId, p.actor.id))).map((s) => s.id));
    expect(moderation.appeals).toHaveLength(1);
    expect(moderation.decisions).toHaveLength(1);
    expect(json('groups.json').memberships.map((g: { groupId: string }) => g.groupId)).toEqual([scene.group.id]);
    expect(json('emailPreferences.json')).toEqual([expect.objectContaining({ category: 'replies', channel: 'immediate' })]);
    const staff = json('staffFollowUp.json');
    expect(staff.risk).toMatchObject({ level: 'high' });
    expect(staff.followUps[0].log[0].note).toContain(p.membershipNumber);
    const mine = await db.select({ id: notifications.id }).from(notifications).where(eq(notifications.userId, p.actor.id));
    // The export's own "ready" notice is written after the ZIP was built.
    const ready = (await db.select({ id: notifications.id }).from(notifications).where(and(eq(notifications.userId, p.actor.id), eq(notifications.kind, 'data_export_ready')))).map((n) => n.id);
    expect(json('notifications.json').map((n: { id: string }) => n.id).sort()).toEqual(mine.map((n) => n.id).filter((n) => !ready.includes(n)).sort());
  });

  it('is a request on the privacy desk, answered when the file is ready', async () => {
    const p = await personWithTraces();
    const desk = () => getDb().select().from(privacyRequests).where(eq(privacyRequests.subjectId, p.actor.id));
    await requestDataExport({ actor: p.actor, input: {} });
    expect((await desk()).map((r) => [r.kind, r.source, r.status])).toEqual([['access', 'member', 'open']]);
    await runDataExports();
    const [answered] = await desk();
    expect(answered!.status).toBe('resolved');
    expect(answered!.resolution).toMatch(/7 días/);
    expect(answered!.resolvedAt).not.toBeNull();
  });

  it('is announced in the bell and by e-mail, and shows its progress and expiry', async () => {
    const p = await personWithTraces();
    const id = await readyExport(p.actor);
    const bell = await listNotifications(p.actor);
    expect(bell.items[0]).toMatchObject({ kind: 'data_export_ready', href: '/settings/privacy#exports' });
    const outbox = await getDb().select().from(mailOutbox).where(eq(mailOutbox.userId, p.actor.id));
    expect(outbox).toHaveLength(1);
    const [row] = await getDb().select().from(dataExports).where(eq(dataExports.id, id));
    expect(row).toMatchObject({ status: 'ready', progress: 100 });
    expect(row!.expiresAt!.getTime() - row!.readyAt!.getTime()).toBe(7 * DAY);
  });

  it('at most one a day: a second request the same day (a double submit too) is refused and writes nothing', async () => {
    const p = await personWithTraces();
    const [a, b] = await Promise.allSettled([requestDataExport({ actor: p.actor, input: {} }), requestDataExport({ actor: p.actor, input: {} })]);
    expect([a.status, b.status].sort()).toEqual(['fulfilled', 'rejected']);
    await expect(requestDataExport({ actor: p.actor, input: {} })).rejects.toBeInstanceOf(Conflict);
    expect(await getDb().select().from(dataExports).where(eq(dataExports.userId, p.actor.id))).toHaveLength(1);
    expect((await myExports(p.actor)).canRequest).toBe(false);
    // The next day she may ask again.
    expect((await myExports(p.actor, new Date(Date.now() + DAY + 1000))).canRequest).toBe(true);
  });

  it("someone else's link is not found; an expired one is gone, and its file removed", async () => {
    const p = await personWithTraces();
    const stranger = await personWithTraces();
    const id = await readyExport(p.actor);
    await expect(exportFile(stranger.actor, id)).rejects.toBeInstanceOf(NotFound);
    await expect(exportFile(p.actor, 'not-a-uuid')).rejects.toBeInstanceOf(NotFound);
    await expect(exportFile(p.actor, id, new Date(Date.now() + 6 * DAY))).resolves.toBeDefined();
    const later = new Date(Date.now() + 7 * DAY + 60_000);
    await expect(exportFile(p.actor, id, later)).rejects.toBeInstanceOf(Gone);
    const { removed } = await runDataExports(() => later);
    expect(removed).toBeGreaterThanOrEqual(1);
    const [row] = await getDb().select().from(dataExports).where(and(eq(dataExports.id, id)));
    expect(row!.fileKey).toBeNull();
    await expect(exportFile(p.actor, id)).rejects.toBeInstanceOf(Gone);
    expect((await myExports(p.actor)).items[0]!.status).toBe('expired');
  });
});
