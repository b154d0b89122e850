import { and, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Executor, getDb, type Tx } from '@/db/client';
import {
  anonymousMemberNumber,
  appeals,
  attachments,
  communitySettings,
  complaintEvents,
  complaintPhotos,
  complaintRatings,
  complaints,
  erasureRequests,
  followUpEvents,
  followUps,
  groupJoinRequests,
  groups,
  invitations,
  joinRequests,
  mailOutbox,
  memberProfiles,
  memberRisk,
  notificationPreferences,
  notifications,
  passwordResets,
  polls,
  postRevisions,
  posts,
  rateLimits,
  reports,
  sanctions,
  threadFollows,
  threadReads,
  threads,
  users,
} from '@/db/schema';
import { getEnv } from '@/lib/env';
import { Conflict, NotFound } from '@/lib/errors';
import { translatorFor } from '@/lib/i18n/translator';
import type { Actor } from '@/lib/policy';
import { disconnectUser } from '@/lib/realtime/publish';
import { definePublicVerb, defineVerb, type VerbContext } from '@/lib/verb';
import { block, type BlockedItem, moveToBlocked } from './blocked';
import { queueErasedMail } from './mail';
import { scrubEverywhere } from './scrub';
import { wakePrivacyJobs } from './wake';
import { openSelfServiceRequest, settleSelfServiceRequests } from './requests';

/** 14 days (ERASURE_GRACE_SECONDS): the time a member has to change their mind. */
export const graceMs = () => getEnv().ERASURE_GRACE_SECONDS * 1000;
export const ERASURE_MODES = ['anonymise', 'delete_content'] as const;
export type ErasureMode = (typeof ERASURE_MODES)[number];

/**
 * "Erase my account": the member chooses anonymise or delete-content-too and confirms; the job runs it
 * after 14 days unless they cancel. One open request per person: a double submit finds the first.
 */
export const requestErasure = defineVerb({
  name: 'privacy.requestErasure',
  input: z.object({
    mode: z.enum(ERASURE_MODES, 'privacy.errors.chooseMode'),
    confirm: z.literal(['on', 'true'], 'privacy.errors.confirmErasure'),
  }),
  standing: 'active',
  run: async ({ tx, actor, now, afterCommit }, { mode }) => {
    const [row] = await tx
      .insert(erasureRequests)
      .values({ userId: actor.id, mode, requestedAt: now, runAfter: new Date(now.getTime() + graceMs()) })
      .onConflictDoNothing()
      .returning({ id: erasureRequests.id, runAfter: erasureRequests.runAfter });
    if (!row) throw new Conflict('privacy.errors.erasurePending');
    await openSelfServiceRequest(tx, actor.id, 'erasure', row.id, now);
    afterCommit(() => wakePrivacyJobs(row.runAfter));
    return row;
  },
});

export const cancelErasure = defineVerb({
  name: 'privacy.cancelErasure',
  input: z.object({}),
  standing: 'active',
  run: async ({ tx, actor, now }) => {
    const [row] = await tx
      .update(erasureRequests)
      .set({ cancelledAt: now })
      .where(and(eq(erasureRequests.userId, actor.id), isNull(erasureRequests.cancelledAt), isNull(erasureRequests.completedAt)))
      .returning({ id: erasureRequests.id });
    if (!row) throw new NotFound();
    const [me] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, actor.id));
    await settleSelfServiceRequests(tx, actor.id, 'erasure', 'erasureWithdrawn', me?.locale ?? 'es', now);
    return row;
  },
});

/** The member's open erasure request, for the privacy page. */
export async function pendingErasure(actor: Actor, db: Executor = getDb()) {
  const [row] = await db
    .select({ id: erasureRequests.id, mode: erasureRequests.mode, requestedAt: erasureRequests.requestedAt, runAfter: erasureRequests.runAfter })
    .from(erasureRequests)
    .where(and(eq(erasureRequests.userId, actor.id), isNull(erasureRequests.cancelledAt), isNull(erasureRequests.completedAt)));
  return row ?? null;
}

type Person = typeof users.$inferSelect;

/** The account's own fields: kept in the blocked store, replaced by "Socio anónimo N" (a staff member's signature becomes their role). */
async function anonymiseAccount(tx: Tx, person: Person, number: number, label: string, now: Date, blocked: BlockedItem[]): Promise<string[]> {
  const [profile] = await tx.select().from(memberProfiles).where(eq(memberProfiles.userId, person.id));
  blocked.push({
    kind: 'account',
    sourceId: person.id,
    payload: {
      email: person.email,
      displayName: person.displayName,
      staffTitle: person.staffTitle,
      membershipNumber: person.membershipNumber,
      statusReason: person.statusReason,
      memberSince: person.memberSince,
      valueBand: person.valueBand,
      createdAt: person.createdAt,
      lastSeenAt: person.lastSeenAt,
      bio: profile?.bio ?? null,
      avatarKey: profile?.avatarKey ?? null,
    },
  });
  const signsAsRole = person.role !== 'member' && person.staffTitle;
  await tx
    .update(users)
    .set({
      displayName: signsAsRole ? person.staffTitle! : label,
      email: `erased-${number}@erased.invalid`,
      passwordHash: '!erased',
      membershipNumber: null,
      staffTitle: null,
      statusReason: null,
      memberSince: null,
      valueBand: null,
      lastSeenAt: null,
      sessionVersion: sql`${users.sessionVersion} + 1`,
      erasedAt: now,
    })
    .where(eq(users.id, person.id));
  await tx.delete(memberProfiles).where(eq(memberProfiles.userId, person.id));
  return profile?.avatarKey ? [profile.avatarKey] : [];
}

/** What is the person's alone and of no use once they are gone: their bell, preferences, reading marks, links and limits. */
async function dropPersonal(tx: Tx, person: Person, blocked: BlockedItem[]) {
  await tx.delete(notifications).where(eq(notifications.userId, person.id));
  await tx.delete(notificationPreferences).where(eq(notificationPreferences.userId, person.id));
  await tx.delete(threadReads).where(eq(threadReads.userId, person.id));
  await tx.delete(threadFollows).where(eq(threadFollows.userId, person.id));
  await tx.delete(passwordResets).where(eq(passwordResets.userId, person.id));
  await tx.delete(mailOutbox).where(or(eq(mailOutbox.userId, person.id), eq(mailOutbox.toAddress, person.email)));
  // Sign-in limits pair the address with the client's IP (`email|address`): both go.
  const holds = (needle: string) => sql`position(${needle} in lower(${rateLimits.key})) > 0`;
  const limits = await tx.select({ key: rateLimits.key }).from(rateLimits).where(holds(person.email));
  const addresses = limits.flatMap(({ key }) => {
    const at = key.toLowerCase().indexOf(`${person.email}|`);
    return at >= 0 ? [key.slice(at + person.email.length + 1).toLowerCase()] : [];
  });
  await tx.delete(rateLimits).where(or(...[person.email, ...new Set(addresses)].map(holds)));
  const [risk] = await tx.select().from(memberRisk).where(eq(memberRisk.userId, person.id));
  if (risk) blocked.push({ kind: 'member_risk', sourceId: person.id, payload: risk as unknown as Record<string, unknown> });
  await tx.delete(memberRisk).where(eq(memberRisk.userId, person.id));
  // What staff wrote about the person's follow-ups is blocked; the follow-ups stay for the win-back figures.
  const notes = await tx
    .select({ id: followUpEvents.id, note: followUpEvents.note })
    .from(followUpEvents)
    .innerJoin(followUps, eq(followUps.id, followUpEvents.followUpId))
    .where(and(eq(followUps.memberId, person.id), sql`${followUpEvents.note} is not null`));
  for (const n of notes) blocked.push({ kind: 'follow_up_note', sourceId: String(n.id), payload: { note: n.note } });
  if (notes.length > 0) await tx.update(followUpEvents).set({ note: null }).where(inArray(followUpEvents.id, notes.map((n) => n.id)));
  // The sign-up request and invitations that named the address.
  const asked = await tx.select().from(joinRequests).where(eq(joinRequests.email, person.email));
  for (const j of asked) blocked.push({ kind: 'join_request', sourceId: j.id, payload: { email: j.email, displayName: j.displayName, membershipNumber: j.membershipNumber, message: j.message, decisionNote: j.decisionNote, createdAt: j.createdAt } });
  for (const j of asked) {
    await tx.update(joinRequests).set({ email: `erased-${j.id}@erased.invalid`, displayName: '—', membershipNumber: null, message: null, decisionNote: null, passwordHash: '!erased' }).where(eq(joinRequests.id, j.id));
  }
  await tx.update(invitations).set({ email: null }).where(eq(invitations.email, person.email));
  const groupAsks = await tx.select({ id: groupJoinRequests.id, message: groupJoinRequests.message }).from(groupJoinRequests).where(and(eq(groupJoinRequests.userId, person.id), sql`${groupJoinRequests.message} is not null`));
  for (const g of groupAsks) blocked.push({ kind: 'group_join_request', sourceId: g.id, payload: { message: g.message } });
  await tx.update(groupJoinRequests).set({ message: null }).where(eq(groupJoinRequests.userId, person.id));
  // Reports the person made: the note is theirs; the report stays for the queue's history.
  const reported = await tx.select({ id: reports.id, note: reports.note }).from(reports).where(and(eq(reports.reporterId, person.id), sql`${reports.note} is not null`));
  for (const r of reported) blocked.push({ kind: 'report_note', sourceId: r.id, payload: { note: r.note } });
  await tx.update(reports).set({ note: null }).where(eq(reports.reporterId, person.id));
}

/**
 * Sanctions and appeals about the person are blocked, not lost: the full record goes to the blocked
 * store, and the rows stay (the moderation figures count them) without their words.
 */
async function blockSanctions(tx: Tx, person: Person, blocked: BlockedItem[]) {
  const measures = await tx.select().from(sanctions).where(eq(sanctions.userId, person.id));
  const asked = await tx.select().from(appeals).where(eq(appeals.appellantId, person.id));
  for (const s of measures) blocked.push({ kind: 'sanction', sourceId: s.id, payload: s as unknown as Record<string, unknown> });
  for (const a of asked) blocked.push({ kind: 'appeal', sourceId: a.id, payload: a as unknown as Record<string, unknown> });
  if (measures.length > 0) await tx.update(sanctions).set({ reason: '—', liftNote: null }).where(eq(sanctions.userId, person.id));
  if (asked.length > 0) await tx.update(appeals).set({ body: '—', decisionNote: null }).where(eq(appeals.appellantId, person.id));
}

/**
 * Complaints are the company's record: the author is anonymised with the account, the public timeline
 * stays; the private case and the rating's comment are blocked (their rows stay without the words, so
 * every figure counts the same). With "delete my content", the photos go too.
 */
async function blockComplaints(tx: Tx, person: Person, mode: ErasureMode, blocked: BlockedItem[]): Promise<string[]> {
  const own = tx.select({ id: complaints.id }).from(complaints).where(eq(complaints.authorId, person.id));
  const privateCase = await tx
    .select({ id: complaintEvents.id, complaintId: complaintEvents.complaintId, kind: complaintEvents.kind, actorId: complaintEvents.actorId, bodyMd: complaintEvents.bodyMd, createdAt: complaintEvents.createdAt })
    .from(complaintEvents)
    .where(and(inArray(complaintEvents.complaintId, own), eq(complaintEvents.visibility, 'private'), sql`${complaintEvents.bodyMd} is not null`));
  for (const e of privateCase) blocked.push({ kind: 'complaint_private_case', sourceId: String(e.id), payload: e as unknown as Record<string, unknown> });
  if (privateCase.length > 0) await tx.update(complaintEvents).set({ bodyMd: null, bodyHtml: null }).where(inArray(complaintEvents.id, privateCase.map((e) => e.id)));
  const rated = await tx.select({ complaintId: complaintRatings.complaintId, comment: complaintRatings.comment }).from(complaintRatings).where(and(inArray(complaintRatings.complaintId, own), sql`${complaintRatings.comment} is not null`));
  for (const r of rated) blocked.push({ kind: 'complaint_rating_comment', sourceId: r.complaintId, payload: { comment: r.comment } });
  if (rated.length > 0) await tx.update(complaintRatings).set({ comment: null }).where(inArray(complaintRatings.complaintId, rated.map((r) => r.complaintId)));
  if (mode !== 'delete_content') return [];
  // Their public comments anywhere on the board: the entry stays (as a tombstone), the words go.
  const comments = await tx
    .select({ id: complaintEvents.id, complaintId: complaintEvents.complaintId, bodyMd: complaintEvents.bodyMd, createdAt: complaintEvents.createdAt })
    .from(complaintEvents)
    .where(and(eq(complaintEvents.actorId, person.id), eq(complaintEvents.kind, 'comment'), sql`${complaintEvents.bodyMd} is not null`));
  for (const c of comments) blocked.push({ kind: 'complaint_comment', sourceId: String(c.id), payload: c as unknown as Record<string, unknown> });
  if (comments.length > 0) await tx.update(complaintEvents).set({ bodyMd: null, bodyHtml: null }).where(inArray(complaintEvents.id, comments.map((c) => c.id)));
  const photos = await tx.delete(complaintPhotos).where(inArray(complaintPhotos.complaintId, own)).returning();
  for (const p of photos) blocked.push({ kind: 'file', sourceId: p.id, payload: { key: p.storageKey, complaintId: p.complaintId } });
  return photos.map((p) => p.storageKey);
}

/**
 * "Delete my content too": posts, their history and images go (to the blocked store); a thread others
 * replied in keeps its place with a tombstone for a title and no poll; one nobody answered goes whole.
 */
async function deleteContent(tx: Tx, person: Person, tombstoneTitle: string, now: Date, blocked: BlockedItem[]): Promise<string[]> {
  const started = await tx
    .select({
      id: threads.id,
      groupId: threads.groupId,
      title: threads.title,
      createdAt: threads.createdAt,
      // Spelled out: drizzle leaves the table off columns of a one-table select, which would bind them to `posts` here.
      others: sql<boolean>`exists (select 1 from posts p where p.thread_id = "threads"."id" and p.author_id <> ${person.id})`,
    })
    .from(threads)
    .where(eq(threads.authorId, person.id));
  const ownPosts = await tx.select().from(posts).where(and(eq(posts.authorId, person.id), isNull(posts.deletedAt)));
  const ownPostIds = ownPosts.map((p) => p.id);
  const revisions = ownPostIds.length ? await tx.select().from(postRevisions).where(inArray(postRevisions.postId, ownPostIds)) : [];
  const images = await tx.select().from(attachments).where(eq(attachments.uploaderId, person.id));
  const startedPolls = started.length
    ? await tx
        .select({ id: polls.id, threadId: polls.threadId, question: polls.question, options: sql<string[]>`array(select o.label from poll_options o where o.poll_id = "polls"."id" order by o.position)` })
        .from(polls)
        .where(inArray(polls.threadId, started.map((t) => t.id)))
    : [];
  for (const t of started) blocked.push({ kind: 'thread', sourceId: t.id, payload: { title: t.title, groupId: t.groupId, createdAt: t.createdAt } });
  for (const p of ownPosts) blocked.push({ kind: 'post', sourceId: p.id, payload: { threadId: p.threadId, bodyMd: p.bodyMd, createdAt: p.createdAt, editedAt: p.editedAt } });
  for (const r of revisions) blocked.push({ kind: 'post_revision', sourceId: r.id, payload: { postId: r.postId, bodyMd: r.bodyMd, replacedAt: r.replacedAt } });
  for (const poll of startedPolls) blocked.push({ kind: 'poll', sourceId: poll.id, payload: poll as unknown as Record<string, unknown> });
  for (const a of images) blocked.push({ kind: 'file', sourceId: a.id, payload: { key: a.storageKey, postId: a.postId } });

  if (images.length > 0) await tx.delete(attachments).where(eq(attachments.uploaderId, person.id));
  if (ownPostIds.length > 0) {
    await tx.delete(postRevisions).where(inArray(postRevisions.postId, ownPostIds));
    await tx.update(posts).set({ bodyMd: '', bodyHtml: '', deletedAt: now, deletedBy: person.id }).where(inArray(posts.id, ownPostIds));
  }
  const kept = started.filter((t) => t.others).map((t) => t.id);
  const gone = started.filter((t) => !t.others);
  if (kept.length > 0) {
    await tx.update(threads).set({ title: tombstoneTitle }).where(inArray(threads.id, kept));
    await tx.delete(polls).where(inArray(polls.threadId, kept));
  }
  if (gone.length > 0) {
    await tx.delete(threads).where(inArray(threads.id, gone.map((t) => t.id)));
    const groupIds = [...new Set(gone.map((t) => t.groupId))];
    await tx
      .update(groups)
      .set({ threadCount: sql`(select count(*)::int from ${threads} where ${threads.groupId} = ${groups.id})` })
      .where(inArray(groups.id, groupIds));
  }
  return images.map((a) => a.storageKey);
}

async function communityLocale(tx: Tx) {
  const [settings] = await tx.select({ locale: communitySettings.defaultLocale }).from(communitySettings).where(eq(communitySettings.id, 1));
  return settings?.locale ?? null;
}

async function communityLabels(tx: Tx, number: number) {
  const t = translatorFor((await communityLocale(tx)) ?? 'es');
  return { label: t('privacy.anonymousName', { number }), tombstone: t('privacy.removedThread') };
}

/** The erasure itself, in one transaction: everything removed goes to the blocked store first. */
async function erase(ctx: VerbContext<Actor | null>, request: typeof erasureRequests.$inferSelect): Promise<{ userId: string; number: number }> {
  const { tx, now } = ctx;
  const [person] = await tx.select().from(users).where(eq(users.id, request.userId)).for('update');
  if (!person || person.erasedAt) throw new NotFound();
  const next = (await tx.execute(sql`select nextval(${anonymousMemberNumber.seqName}::regclass)::int as number`)) as unknown as { rows: { number: number }[] };
  const number = next.rows[0]!.number;
  const { label, tombstone } = await communityLabels(tx, number);
  const blocked: BlockedItem[] = [];
  const files: string[] = [];
  await dropPersonal(tx, person, blocked);
  await queueErasedMail(tx, person, request.mode, ctx.afterCommit);
  await blockSanctions(tx, person, blocked);
  files.push(...(await blockComplaints(tx, person, request.mode, blocked)));
  if (request.mode === 'delete_content') files.push(...(await deleteContent(tx, person, tombstone, now, blocked)));
  files.push(...(await anonymiseAccount(tx, person, number, label, now, blocked)));
  for (const key of files) if (!blocked.some((b) => b.kind === 'file' && b.payload.key === key)) blocked.push({ kind: 'file', payload: { key } });
  await block(tx, person.id, blocked, now);
  // Mentions, quotes, revisions and anything else that holds the name, the address or the membership number.
  const signsAsRole = person.role !== 'member' && person.staffTitle;
  await scrubEverywhere(tx, [person.displayName, person.email, person.membershipNumber], signsAsRole ? person.staffTitle! : label);
  await tx.update(erasureRequests).set({ completedAt: now, anonymousNumber: number }).where(eq(erasureRequests.id, request.id));
  await settleSelfServiceRequests(tx, person.id, 'erasure', 'erasureDone', (await communityLocale(tx)) ?? 'es', now);
  ctx.afterCommit(() => moveToBlocked(files));
  // Open tabs of the account close now, as after "sign out everywhere".
  ctx.afterCommit(() => disconnectUser(person.id));
  return { userId: person.id, number };
}

const runOne = definePublicVerb({
  name: 'privacy.erase',
  input: z.object({ requestId: z.uuid() }),
  load: async (db, { requestId }) => {
    const [row] = await db
      .select()
      .from(erasureRequests)
      .where(and(eq(erasureRequests.id, requestId), isNull(erasureRequests.cancelledAt), isNull(erasureRequests.completedAt)))
      .for('update', { skipLocked: true });
    return row ?? null;
  },
  run: async (ctx, _data, request) => {
    if (!request) return null;
    return erase(ctx, request);
  },
  audit: (result) => (result ? { action: 'privacy.account_erased', targetType: 'user', targetId: result.userId, after: { anonymousNumber: result.number } } : null),
});

/**
 * Runs one erasure now (the job when its grace has passed; the requests desk when staff carry out a
 * request that came by letter). A request cancelled, done, or being run elsewhere is left alone (null).
 */
export function eraseAccount(requestId: string) {
  return runOne({ actor: null, input: { requestId } });
}

/** The job (lib/jobs/schedule.ts): every request whose 14 days have passed. */
export async function runDueErasures(now = new Date(), limit = 10): Promise<number> {
  const due = await getDb()
    .select({ id: erasureRequests.id })
    .from(erasureRequests)
    .where(and(lte(erasureRequests.runAfter, now), isNull(erasureRequests.cancelledAt), isNull(erasureRequests.completedAt)))
    .orderBy(erasureRequests.runAfter)
    .limit(limit);
  let done = 0;
  for (const { id } of due) if (await eraseAccount(id)) done++;
  return done;
}
