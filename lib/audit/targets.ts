import { eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { announcements, complaintBranches, complaintCategories, complaintEvents, complaints, groups, joinRequests, posts, responseTemplates, staffTeams, threads, users } from '@/db/schema';
import { isUuid } from '@/lib/pagination/cursor';

/** What an audit sentence names about its target: who wrote it, what it is called, where it lives. */
export interface TargetFacts {
  author?: string;
  title?: string;
  name?: string;
  term?: string;
  number?: number;
  href: string | null;
}

export interface AuditRef {
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
}

/** Fields of an entry's before/after snapshots, read without trusting their shape. */
export function snapshot(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = (value as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

/** The people a log entry is about besides its target: who was invited, given a role, assigned. */
export const PERSON_KEYS = ['userId', 'assigneeId'] as const;

export function personOf(ref: AuditRef): string | undefined {
  for (const key of PERSON_KEYS) {
    const id = snapshot(ref.after, key) ?? snapshot(ref.before, key);
    if (isUuid(id)) return id;
  }
  return undefined;
}

const ADMIN_LIST: Record<string, string> = { staff_team: 'teams', complaint_category: 'categories', complaint_branch: 'branches' };
const STATIC_HREF: Record<string, string> = {
  response_template: '/admin/complaints/templates',
  sla_policy: '/admin/complaints/sla',
  mail_outbox: '/admin/mail',
  webhook_endpoint: '/admin/integrations/webhooks',
  watched_word: '/admin/moderation/words',
  moderation_settings: '/admin/moderation/words',
  join_request: '/staff',
  invitation: '/staff',
  roster_import: '/admin/members/import',
};

// The kinds of target looked up in their own tables: one not found there no longer exists.
const LOADED = new Set(['user', 'profile', 'post', 'thread', 'complaint', 'complaint_comment', 'group', 'announcement', 'join_request', 'staff_team', 'complaint_category', 'complaint_branch', 'response_template']);

const key = (type: string, id: string) => `${type}:${id}`;
/** A member's row on the members page, found by name there (the page takes no ids in its address). */
export const memberHref = (name: string) => `/admin/members?q=${encodeURIComponent(name)}`;

/**
 * The facts behind a page of log entries, in one query per kind of target present plus one for the
 * people named: a page costs the same number of queries whatever it holds.
 */
export async function loadTargetFacts(refs: AuditRef[]): Promise<{ facts: Map<string, TargetFacts>; people: Map<string, string> }> {
  const db = getDb();
  const ids = (...types: string[]) => [...new Set(refs.filter((r) => types.includes(r.targetType) && isUuid(r.targetId)).map((r) => r.targetId!))];
  const eventIds = [...new Set(refs.filter((r) => r.targetType === 'complaint_comment' && /^\d+$/.test(r.targetId ?? '')).map((r) => Number(r.targetId)))];
  const personIds = [...new Set([...ids('user', 'profile'), ...refs.map(personOf).filter((id): id is string => id !== undefined)])];
  const teamIds = [...new Set([...ids('staff_team'), ...refs.map((r) => snapshot(r.after, 'teamId')).filter(isUuid)])];
  const when = <T>(list: unknown[], query: () => Promise<T[]>) => (list.length ? query() : Promise.resolve([] as T[]));
  const [people, postRows, threadRows, complaintRows, eventRows, groupRows, announcementRows, requestRows, teamRows, categoryRows, branchRows, templateRows] = await Promise.all([
    when(personIds, () => db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, personIds))),
    when(ids('post'), () =>
      db
        .select({ id: posts.id, author: users.displayName, threadId: threads.id, title: threads.title, slug: groups.slug })
        .from(posts)
        .innerJoin(users, eq(users.id, posts.authorId))
        .innerJoin(threads, eq(threads.id, posts.threadId))
        .innerJoin(groups, eq(groups.id, threads.groupId))
        .where(inArray(posts.id, ids('post'))),
    ),
    when(ids('thread'), () =>
      db
        .select({ id: threads.id, author: users.displayName, title: threads.title, slug: groups.slug })
        .from(threads)
        .innerJoin(users, eq(users.id, threads.authorId))
        .innerJoin(groups, eq(groups.id, threads.groupId))
        .where(inArray(threads.id, ids('thread'))),
    ),
    when(ids('complaint'), () =>
      db.select({ id: complaints.id, author: users.displayName, title: complaints.title, number: complaints.number }).from(complaints).innerJoin(users, eq(users.id, complaints.authorId)).where(inArray(complaints.id, ids('complaint'))),
    ),
    when(eventIds, () =>
      db
        .select({ id: complaintEvents.id, author: users.displayName, number: complaints.number })
        .from(complaintEvents)
        .innerJoin(complaints, eq(complaints.id, complaintEvents.complaintId))
        .leftJoin(users, eq(users.id, complaintEvents.actorId))
        .where(inArray(complaintEvents.id, eventIds)),
    ),
    when(ids('group'), () => db.select({ id: groups.id, name: groups.name, slug: groups.slug }).from(groups).where(inArray(groups.id, ids('group')))),
    when(ids('announcement'), () => db.select({ id: announcements.id, title: announcements.title }).from(announcements).where(inArray(announcements.id, ids('announcement')))),
    when(ids('join_request'), () => db.select({ id: joinRequests.id, name: joinRequests.displayName }).from(joinRequests).where(inArray(joinRequests.id, ids('join_request')))),
    when(teamIds, () => db.select({ id: staffTeams.id, name: staffTeams.name }).from(staffTeams).where(inArray(staffTeams.id, teamIds))),
    when(ids('complaint_category'), () => db.select({ id: complaintCategories.id, name: complaintCategories.name }).from(complaintCategories).where(inArray(complaintCategories.id, ids('complaint_category')))),
    when(ids('complaint_branch'), () => db.select({ id: complaintBranches.id, name: complaintBranches.name }).from(complaintBranches).where(inArray(complaintBranches.id, ids('complaint_branch')))),
    when(ids('response_template'), () => db.select({ id: responseTemplates.id, title: responseTemplates.title }).from(responseTemplates).where(inArray(responseTemplates.id, ids('response_template')))),
  ]);
  const facts = new Map<string, TargetFacts>();
  for (const u of people) {
    facts.set(key('user', u.id), { name: u.name, href: memberHref(u.name) });
    facts.set(key('profile', u.id), { name: u.name, href: memberHref(u.name) });
  }
  for (const p of postRows) facts.set(key('post', p.id), { author: p.author, title: p.title, href: `/groups/${p.slug}/${p.threadId}#post-${p.id}` });
  for (const t of threadRows) facts.set(key('thread', t.id), { author: t.author, title: t.title, href: `/groups/${t.slug}/${t.id}` });
  for (const c of complaintRows) facts.set(key('complaint', c.id), { author: c.author, title: c.title, number: c.number, href: `/board/${c.number}` });
  for (const e of eventRows) facts.set(key('complaint_comment', String(e.id)), { author: e.author ?? undefined, number: e.number, href: `/board/${e.number}#event-${e.id}` });
  for (const g of groupRows) facts.set(key('group', g.id), { name: g.name, href: `/groups/${g.slug}` });
  for (const a of announcementRows) facts.set(key('announcement', a.id), { title: a.title, href: `/announcements/${a.id}` });
  for (const r of requestRows) facts.set(key('join_request', r.id), { name: r.name, href: STATIC_HREF.join_request! });
  for (const list of [teamRows.map((r) => ['staff_team', r] as const), categoryRows.map((r) => ['complaint_category', r] as const), branchRows.map((r) => ['complaint_branch', r] as const)].flat()) {
    const [type, row] = list;
    facts.set(key(type, row.id), { name: row.name, href: `/admin/complaints/${ADMIN_LIST[type]}` });
  }
  for (const t of templateRows) facts.set(key('response_template', t.id), { title: t.title, href: STATIC_HREF.response_template! });
  return { facts, people: new Map(people.map((p) => [p.id, p.name])) };
}

// Where an entry's own snapshot names its target, in order of preference: the name at the time of the
// action reads truer than today's (a renamed category is logged under the name it had).
const SNAPSHOT_NAMES: Record<string, { key: 'title' | 'name' | 'term'; from: string[] }> = {
  staff_team: { key: 'name', from: ['team', 'name'] },
  complaint_category: { key: 'name', from: ['name'] },
  complaint_branch: { key: 'name', from: ['name'] },
  group: { key: 'name', from: ['name'] },
  response_template: { key: 'title', from: ['title'] },
  announcement: { key: 'title', from: ['title'] },
  watched_word: { key: 'term', from: ['term'] },
};

/** The facts of one entry's target; what no longer exists keeps the names its snapshot recorded. */
export function factsOf(ref: AuditRef, loaded: Map<string, TargetFacts>): TargetFacts & { gone: boolean } {
  const found = ref.targetId ? loaded.get(key(ref.targetType, ref.targetId)) : undefined;
  const named = SNAPSHOT_NAMES[ref.targetType];
  const kept = named?.from.map((k) => snapshot(ref.before, k) ?? snapshot(ref.after, k)).find((v) => v !== undefined);
  return {
    ...found,
    ...(named && kept !== undefined ? { [named.key]: kept } : {}),
    href: found?.href ?? STATIC_HREF[ref.targetType] ?? null,
    gone: !found && ref.targetId !== null && LOADED.has(ref.targetType),
  };
}
