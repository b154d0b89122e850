import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/db/client';
import { appeals, complaintEvents, complaints, groups, moderationActions, moderationSettings, posts, reports, reviewItems, sanctions, threads, users, watchedWords } from '@/db/schema';
import { type Actor, can, hasRole, type Permission, refusal } from '@/lib/policy';
import { type ContentAction, type HideReason, type ReportReason, REPORT_REASONS, type TargetFacts, type TargetType } from '@/lib/policy/moderation';
import { Forbidden, NotFound } from '@/lib/errors';
import { isUuid } from '@/lib/pagination/cursor';
import { isAppealable } from './appeal';
import { stillStands } from './lift-sanction';
import { loadTarget, targetLink } from './targets';

export const QUEUE_LIMIT = 50;
const author = alias(users, 'item_author');
const assignee = alias(users, 'item_assignee');
// The buttons of a queue entry and the rule each one follows.
const PERMISSIONS = {
  hide: 'hide:content',
  restore: 'restore:content',
  redact: 'redact:content',
  lock: 'lock:content',
  move: 'move:content',
  delete: 'delete:content',
  review: 'review:content',
} as const satisfies Record<ContentAction, Permission>;

export interface ItemContent {
  /** Sanitized HTML of the post or comment (staff and the author see hidden text; nobody else gets here). */
  html: string | null;
  title: string | null;
  hiddenReason: HideReason | null;
  locked: boolean;
  href: string | null;
  groupName: string | null;
  complaintNumber: number | null;
}

export interface QueueItem {
  id: string;
  targetType: TargetType;
  targetId: string;
  createdAt: Date;
  weight: number;
  reportCount: number;
  hold: { source: 'watched_word' | 'first_post' | 'personal_data'; detail: string | null } | null;
  reasons: { reason: ReportReason; count: number }[];
  notes: string[];
  content: ItemContent;
  author: { id: string; name: string; role: Actor['role']; since: Date; status: Actor['status']; hiddenBefore: number; sanctions: number };
  assignee: { id: string; name: string } | null;
  /** Why this moderator may not take each action here (conflict of interest, staff content…), or null. */
  refusals: Record<ContentAction, string | null>;
}

type Ref = { targetType: TargetType; targetId: string };

/** The content behind a batch of items in a fixed number of queries, whatever their kinds. */
async function contentOf(refs: Ref[]): Promise<Map<string, ItemContent & { answeredBy: string[] }>> {
  const db = getDb();
  const ids = (type: TargetType) => refs.filter((r) => r.targetType === type).map((r) => r.targetId);
  const postIds = ids('post');
  const eventIds = ids('complaint_comment').map(Number);
  const postRows = postIds.length ? await db.select({ id: posts.id, html: posts.bodyHtml, threadId: posts.threadId, hiddenReason: posts.hiddenReason }).from(posts).where(inArray(posts.id, postIds)) : [];
  const threadIds = [...new Set([...ids('thread'), ...postRows.map((p) => p.threadId)])];
  const [threadRows, eventRows, profileRows] = await Promise.all([
    threadIds.length
      ? db
          .select({ id: threads.id, title: threads.title, hiddenReason: threads.hiddenReason, locked: threads.locked, slug: groups.slug, groupName: groups.name, firstHtml: sql<string | null>`(select ${posts.bodyHtml} from ${posts} where ${posts.threadId} = ${threads.id} order by ${posts.createdAt}, ${posts.id} limit 1)` })
          .from(threads)
          .innerJoin(groups, eq(groups.id, threads.groupId))
          .where(inArray(threads.id, threadIds))
      : [],
    eventIds.length
      ? db
          .select({
            id: complaintEvents.id,
            html: complaintEvents.bodyHtml,
            hiddenReason: complaintEvents.hiddenReason,
            number: complaints.number,
            title: complaints.title,
            answeredBy: sql<string[]>`array(select distinct e.actor_id::text from complaint_events e where e.complaint_id = ${complaints.id} and e.kind = 'official_reply' and e.actor_id is not null)`,
          })
          .from(complaintEvents)
          .innerJoin(complaints, eq(complaints.id, complaintEvents.complaintId))
          .where(inArray(complaintEvents.id, eventIds))
      : [],
    ids('profile').length ? db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids('profile'))) : [],
  ]);
  const threadById = new Map(threadRows.map((t) => [t.id, t]));
  const out = new Map<string, ItemContent & { answeredBy: string[] }>();
  const none = { html: null, title: null, hiddenReason: null, locked: false, href: null, groupName: null, complaintNumber: null, answeredBy: [] };
  for (const p of postRows) {
    const t = threadById.get(p.threadId);
    out.set(`post:${p.id}`, { ...none, html: p.html, hiddenReason: p.hiddenReason, title: t?.title ?? null, groupName: t?.groupName ?? null, href: t ? `/groups/${t.slug}/${t.id}#post-${p.id}` : null });
  }
  for (const t of threadRows) {
    out.set(`thread:${t.id}`, { ...none, html: t.firstHtml, title: t.title, hiddenReason: t.hiddenReason, locked: t.locked, groupName: t.groupName, href: `/groups/${t.slug}/${t.id}` });
  }
  for (const e of eventRows) {
    out.set(`complaint_comment:${e.id}`, { ...none, html: e.html, hiddenReason: e.hiddenReason, title: e.title, complaintNumber: e.number, href: `/board/${e.number}#event-${e.id}`, answeredBy: e.answeredBy });
  }
  for (const u of profileRows) out.set(`profile:${u.id}`, { ...none, title: u.name, href: `/members/${u.id}` });
  return out;
}

/** Each author's record: how often their content was hidden before, and their sanctions. */
async function authorHistory(authorIds: string[]) {
  if (authorIds.length === 0) return new Map<string, { hiddenBefore: number; sanctions: number }>();
  const db = getDb();
  const [hidden, sanctioned] = await Promise.all([
    db
      .select({ id: moderationActions.authorId, n: sql<number>`count(*)::int` })
      .from(moderationActions)
      .where(and(inArray(moderationActions.authorId, authorIds), eq(moderationActions.action, 'hide')))
      .groupBy(moderationActions.authorId),
    db.select({ id: sanctions.userId, n: sql<number>`count(*)::int` }).from(sanctions).where(inArray(sanctions.userId, authorIds)).groupBy(sanctions.userId),
  ]);
  const out = new Map(authorIds.map((id) => [id, { hiddenBefore: 0, sanctions: 0 }]));
  for (const h of hidden) if (h.id) out.get(h.id)!.hiddenBefore = h.n;
  for (const s of sanctioned) out.get(s.id)!.sanctions = s.n;
  return out;
}

export interface QueueFilters {
  reason?: string;
  group?: string;
}

/**
 * The review queue: open entries by weight (reports weighed by their reporters' history, automatic
 * holds), oldest first among equals; with the content, its context, the author's history, and what
 * this moderator may do with each. A bounded number of queries for the whole page.
 */
export async function listReviewQueue(actor: Actor, filters: QueueFilters = {}) {
  if (!can(actor, 'view:review_queue')) throw new Forbidden();
  const db = getDb();
  const reason = REPORT_REASONS.find((r) => r === filters.reason);
  const held = filters.reason === 'held';
  const group = filters.group && isUuid(filters.group) ? filters.group : undefined;
  const items = await db
    .select({
      item: reviewItems,
      authorName: author.displayName,
      authorRole: author.role,
      authorSince: author.createdAt,
      authorStatus: author.status,
      assigneeName: assignee.displayName,
    })
    .from(reviewItems)
    .innerJoin(author, eq(author.id, reviewItems.authorId))
    .leftJoin(assignee, eq(assignee.id, reviewItems.assigneeId))
    .where(
      and(
        isNull(reviewItems.closedAt),
        group ? eq(reviewItems.groupId, group) : undefined,
        held ? sql`${reviewItems.holdSource} is not null` : undefined,
        reason ? sql`exists (select 1 from ${reports} where ${reports.reviewItemId} = ${reviewItems.id} and ${reports.status} = 'open' and ${reports.reason} = ${reason})` : undefined,
      ),
    )
    .orderBy(desc(reviewItems.weight), asc(reviewItems.createdAt), asc(reviewItems.id))
    .limit(QUEUE_LIMIT);
  const itemIds = items.map((i) => i.item.id);
  const [content, history, reasonRows, noteRows] = await Promise.all([
    contentOf(items.map((i) => i.item)),
    authorHistory([...new Set(items.map((i) => i.item.authorId))]),
    itemIds.length
      ? db
          .select({ itemId: reports.reviewItemId, reason: reports.reason, n: sql<number>`count(*)::int` })
          .from(reports)
          .where(and(inArray(reports.reviewItemId, itemIds), eq(reports.status, 'open')))
          .groupBy(reports.reviewItemId, reports.reason)
      : [],
    itemIds.length
      ? db
          .select({ itemId: reports.reviewItemId, note: reports.note })
          .from(reports)
          .where(and(inArray(reports.reviewItemId, itemIds), eq(reports.status, 'open'), sql`${reports.note} is not null`))
          .orderBy(desc(reports.createdAt))
          .limit(QUEUE_LIMIT * 3)
      : [],
  ]);
  const queue: QueueItem[] = items.map(({ item, ...who }) => {
    const c = content.get(`${item.targetType}:${item.targetId}`) ?? { html: null, title: null, hiddenReason: null, locked: false, href: null, groupName: null, complaintNumber: null, answeredBy: [] };
    const facts: TargetFacts = { targetType: item.targetType, authorId: item.authorId, authorRole: who.authorRole, answeredBy: c.answeredBy };
    const { answeredBy: _, ...shown } = c;
    return {
      id: item.id,
      targetType: item.targetType,
      targetId: item.targetId,
      createdAt: item.createdAt,
      weight: item.weight,
      reportCount: item.reportCount,
      hold: item.holdSource ? { source: item.holdSource, detail: item.holdDetail } : null,
      reasons: reasonRows.filter((r) => r.itemId === item.id).map((r) => ({ reason: r.reason, count: r.n })),
      notes: noteRows.filter((n) => n.itemId === item.id).slice(0, 3).map((n) => n.note!),
      content: shown,
      author: { id: item.authorId, name: who.authorName, role: who.authorRole, since: who.authorSince, status: who.authorStatus, ...history.get(item.authorId)! },
      assignee: item.assigneeId ? { id: item.assigneeId, name: who.assigneeName ?? '' } : null,
      refusals: Object.fromEntries(Object.entries(PERMISSIONS).map(([a, permission]) => [a, refusal(actor, permission, facts)])) as Record<ContentAction, string | null>,
    };
  });
  const groupOptions = await db.select({ id: groups.id, name: groups.name }).from(groups).orderBy(asc(groups.name));
  return { items: queue, groups: groupOptions };
}

export type ReviewQueue = Awaited<ReturnType<typeof listReviewQueue>>;

/** Where a moderator may move a thread: every other group (staff read them all). */
export async function moveTargets(actor: Actor, currentGroupId: string) {
  if (!can(actor, 'view:review_queue')) return [];
  return getDb().select({ id: groups.id, name: groups.name }).from(groups).where(sql`${groups.id} <> ${currentGroupId}`).orderBy(asc(groups.name));
}

/** Appeals waiting for someone other than the one who decided: against decisions on content, and against sanctions. */
export async function listPendingAppeals(actor: Actor) {
  if (!can(actor, 'view:review_queue')) throw new Forbidden();
  const db = getDb();
  const rows = await db
    .select({ appeal: appeals, action: moderationActions, sanction: sanctions, appellant: users.displayName })
    .from(appeals)
    .leftJoin(moderationActions, eq(moderationActions.id, appeals.actionId))
    .leftJoin(sanctions, eq(sanctions.id, appeals.sanctionId))
    .innerJoin(users, eq(users.id, appeals.appellantId))
    .where(eq(appeals.status, 'pending'))
    .orderBy(asc(appeals.createdAt))
    .limit(QUEUE_LIMIT);
  const actions = rows.flatMap((r) => (r.action ? [r.action] : []));
  const people = [...new Set(rows.flatMap((r) => [r.action?.authorId, r.action?.actorId, r.sanction?.issuedBy]).filter((id): id is string => !!id))];
  const [content, users_] = await Promise.all([contentOf(actions), people.length ? db.select({ id: users.id, role: users.role, name: users.displayName }).from(users).where(inArray(users.id, people)) : []]);
  const person = (id: string | null | undefined) => users_.find((u) => u.id === id);
  return rows.map(({ appeal, action, sanction, appellant }) => {
    const base = { id: appeal.id, body: appeal.body, createdAt: appeal.createdAt, appellant };
    if (sanction) {
      return {
        ...base,
        sanction: { kind: sanction.kind, reason: sanction.reason, endsAt: sanction.endsAt, by: person(sanction.issuedBy)?.name ?? null },
        decision: null,
        content: null,
        refusal: refusal(actor, 'decide:sanction_appeal', sanction),
      };
    }
    const c = content.get(`${action!.targetType}:${action!.targetId}`);
    const facts: TargetFacts = {
      targetType: action!.targetType,
      authorId: action!.authorId!,
      authorRole: person(action!.authorId)?.role ?? 'member',
      answeredBy: c?.answeredBy ?? [],
      decidedBy: action!.actorId,
    };
    return {
      ...base,
      sanction: null,
      decision: { id: action!.id, action: action!.action, reason: action!.reason, at: action!.createdAt, by: person(action!.actorId)?.name ?? null },
      content: c ? { html: c.html, title: c.title, href: c.href } : null,
      refusal: refusal(actor, 'decide:appeal', facts),
    };
  });
}

export type PendingAppeal = Awaited<ReturnType<typeof listPendingAppeals>>[number];

/**
 * One decision as its author, a moderator or one of its reporters sees it. Only the author and staff see
 * the text that was hidden; a reporter sees what was decided.
 */
export async function getDecision(actor: Actor, actionId: string) {
  if (!isUuid(actionId)) throw new NotFound();
  const db = getDb();
  const [action] = await db.select().from(moderationActions).where(eq(moderationActions.id, actionId)).limit(1);
  if (!action) throw new NotFound();
  const staff = hasRole(actor, 'staff');
  const isAuthor = action.authorId === actor.id;
  const [reported] = await db
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.reporterId, actor.id), eq(reports.targetType, action.targetType), eq(reports.targetId, action.targetId)))
    .limit(1);
  if (!staff && !isAuthor && !reported) throw new NotFound();
  const [appeal] = await db.select().from(appeals).where(eq(appeals.actionId, action.id)).limit(1);
  const target = await loadTarget(db, action).catch(() => null);
  const showText = staff || isAuthor;
  const content = showText && target ? (await contentOf([action])).get(`${action.targetType}:${action.targetId}`) : undefined;
  return {
    id: action.id,
    action: action.action,
    reason: action.reason,
    note: showText ? action.note : null,
    createdAt: action.createdAt,
    targetType: action.targetType,
    role: staff ? ('staff' as const) : isAuthor ? ('author' as const) : ('reporter' as const),
    stillHidden: target?.hiddenReason ?? null,
    content: content ? { html: content.html, title: content.title } : null,
    href: target ? await targetLink(db, target) : null,
    appeal: appeal ? { status: appeal.status, body: isAuthor || staff ? appeal.body : null, note: appeal.decisionNote, decidedAt: appeal.decidedAt } : null,
    canAppeal: isAuthor && !appeal && target !== null && isAppealable(action, target),
  };
}

export type Decision = Awaited<ReturnType<typeof getDecision>>;

const MINE = 20;

/** The member's own page: their standing and sanctions, decisions about their content, and their reports. */
export async function myModeration(actor: Actor) {
  const db = getDb();
  const [mySanctions, decisions, myReports] = await Promise.all([
    db.select().from(sanctions).where(eq(sanctions.userId, actor.id)).orderBy(desc(sanctions.createdAt)).limit(MINE),
    db
      .select({ id: moderationActions.id, action: moderationActions.action, reason: moderationActions.reason, createdAt: moderationActions.createdAt, targetType: moderationActions.targetType, appeal: appeals.status })
      .from(moderationActions)
      .leftJoin(appeals, eq(appeals.actionId, moderationActions.id))
      .where(and(eq(moderationActions.authorId, actor.id), inArray(moderationActions.action, ['hide', 'redact', 'delete', 'restore', 'approve'])))
      .orderBy(desc(moderationActions.createdAt))
      .limit(MINE),
    db
      .select({ id: reports.id, reason: reports.reason, status: reports.status, targetType: reports.targetType, createdAt: reports.createdAt, decisionId: reviewItems.id })
      .from(reports)
      .innerJoin(reviewItems, eq(reviewItems.id, reports.reviewItemId))
      .where(eq(reports.reporterId, actor.id))
      .orderBy(desc(reports.createdAt))
      .limit(MINE),
  ]);
  return { sanctions: await withAppeals(mySanctions), decisions, reports: myReports };
}

/** What the sanctioned person sees of their sanctions: never who gave them; the appeal and whether one is still possible. */
async function withAppeals(rows: (typeof sanctions.$inferSelect)[]) {
  const ids = rows.map((s) => s.id);
  const appealRows = ids.length ? await getDb().select().from(appeals).where(inArray(appeals.sanctionId, ids)) : [];
  return rows.map(({ issuedBy: _, liftedBy: __, ...s }) => {
    const appeal = appealRows.find((a) => a.sanctionId === s.id);
    return { ...s, appeal: appeal ? { status: appeal.status, body: appeal.body, note: appeal.decisionNote } : null, canAppeal: s.appealable && !appeal && stillStands(s) };
  });
}

export type MySanction = Awaited<ReturnType<typeof withAppeals>>[number];

/**
 * For the page a suspended or banned member lands on: the sanctions still keeping them out, to appeal
 * there. An administrative one (no appeal) is not among them: it keeps the sign-in closed.
 */
export async function sanctionsKeepingOut(actor: Actor) {
  const rows = await getDb()
    .select()
    .from(sanctions)
    .where(and(eq(sanctions.userId, actor.id), inArray(sanctions.kind, ['suspension', 'ban']), isNull(sanctions.liftedAt), eq(sanctions.appealable, true)))
    .orderBy(desc(sanctions.createdAt))
    .limit(MINE);
  return withAppeals(rows.filter((s) => stillStands(s)));
}

export type LiftableSanction = Pick<typeof sanctions.$inferSelect, 'id' | 'kind' | 'reason' | 'endsAt' | 'createdAt'>;

/** For the members page: each person's sanctions still in force, which a manager may lift. */
export async function liftableSanctions(actor: Actor, userIds: string[]): Promise<Map<string, LiftableSanction[]>> {
  const out = new Map<string, LiftableSanction[]>();
  if (actor.role !== 'manager' || userIds.length === 0) return out;
  const rows = await getDb()
    .select({ id: sanctions.id, userId: sanctions.userId, kind: sanctions.kind, reason: sanctions.reason, endsAt: sanctions.endsAt, createdAt: sanctions.createdAt })
    .from(sanctions)
    .where(and(inArray(sanctions.userId, userIds), isNull(sanctions.liftedAt), sql`(${sanctions.endsAt} is null or ${sanctions.endsAt} > now())`))
    .orderBy(desc(sanctions.createdAt));
  for (const { userId, ...s } of rows) out.set(userId, [...(out.get(userId) ?? []), s]);
  return out;
}

/**
 * The public figures: content hidden per reason per month (last twelve months) and what became of
 * appeals. Counts only: no content, no names.
 */
export async function transparencyFigures() {
  const db = getDb();
  const month = sql<string>`to_char(date_trunc('month', ${moderationActions.createdAt}), 'YYYY-MM')`;
  const [hidden, appealRows] = await Promise.all([
    db
      .select({ month, reason: moderationActions.reason, n: sql<number>`count(*)::int` })
      .from(moderationActions)
      .where(and(eq(moderationActions.action, 'hide'), sql`${moderationActions.reason} <> 'held'`, sql`${moderationActions.createdAt} > now() - interval '12 months'`))
      .groupBy(month, moderationActions.reason)
      .orderBy(desc(month)),
    db.select({ status: appeals.status, n: sql<number>`count(*)::int` }).from(appeals).groupBy(appeals.status),
  ]);
  const appealsBy = (s: (typeof appeals.$inferSelect)['status']) => appealRows.find((r) => r.status === s)?.n ?? 0;
  const months = [...new Set(hidden.map((h) => h.month))];
  return {
    months: months.map((m) => ({ month: m, counts: Object.fromEntries(hidden.filter((h) => h.month === m).map((h) => [h.reason!, h.n])) as Partial<Record<HideReason, number>> })),
    appeals: { upheld: appealsBy('upheld'), acknowledged: appealsBy('acknowledged'), rejected: appealsBy('rejected'), pending: appealsBy('pending') },
  };
}

/** The manager's page: the watched words and how many first posts wait for review. */
export async function moderationSettingsView(actor: Actor) {
  if (!can(actor, 'manage:watched_words')) throw new Forbidden();
  const db = getDb();
  const [words, [settings]] = await Promise.all([
    db.select({ id: watchedWords.id, term: watchedWords.term, action: watchedWords.action, replacement: watchedWords.replacement }).from(watchedWords).orderBy(asc(watchedWords.term)),
    db.select({ firstPostsHeld: moderationSettings.firstPostsHeld }).from(moderationSettings).where(eq(moderationSettings.id, 1)).limit(1),
  ]);
  return { words, firstPostsHeld: settings?.firstPostsHeld ?? 0 };
}
