// The query budget of the pages members read most: each page's reads (its layout's included) issue a
// fixed number of SQL statements, however much data there is. A query per row (an N+1) would make the
// second count larger than the first. Counted with db/client's statement counter, on the real database.
import { describe, expect, it } from 'vitest';
import { countQueries } from '@/db/client';
import type { Actor } from '@/lib/policy';
import { resolveSessionUser, type SessionClaims } from '@/lib/auth/session-user';
import { loadBrand } from '@/lib/brand/queries';
import { boardFilters, listBoard } from '@/lib/complaints/board';
import { commentOnComplaint } from '@/lib/complaints/comment';
import { assignees, inboxFilters, listInbox } from '@/lib/complaints/inbox';
import { setMeToo } from '@/lib/complaints/me-too';
import { complaintOptions } from '@/lib/complaints/options';
import { getComplaintView } from '@/lib/complaints/queries';
import { listTemplates } from '@/lib/complaints/settings/queries';
import { findGroupBySlug, getGroupPage } from '@/lib/groups/queries';
import { getHome } from '@/lib/home/queries';
import { unreadCount } from '@/lib/notifications/queries';
import { listSearchableGroups, searchCommunity } from '@/lib/search/queries';
import { createThread } from '@/lib/threads/create-thread';
import { getThreadView } from '@/lib/threads/queries';
import { toggleReaction } from '@/lib/threads/react';
import { replyToThread } from '@/lib/threads/reply';
import { complaintLists, fileOne, key, type Lists, say } from './complaint-fixtures';
import { actorOf, createUser, reload, sessionOf } from './factories';
import { createGroup, join } from './search-fixtures';

interface Scene {
  me: Actor;
  staff: Actor;
  lists: Lists;
  group: { id: string; slug: string };
  threadId: string;
  complaint: { id: string; number: number };
}

/**
 * What the signed-in layouts read on every page: the account, the brand, the bell's count. The
 * brand is read once per request (React's cache), however many components ask for it.
 */
const sessions = new Map<string, SessionClaims>();

async function shell(actor: Actor) {
  const row = await reload(actor.id);
  // Signed in once, as a browser is: the token names its device.
  if (!sessions.has(row.id)) sessions.set(row.id, await sessionOf(row));
  const user = (await resolveSessionUser(sessions.get(row.id)!))!;
  const [brand] = await Promise.all([loadBrand(), unreadCount(user)]);
  return Object.assign(user, { brand });
}

// Each page as its route reads it (metadata included), with the layout's reads first.
const PAGES: Record<string, (s: Scene) => Promise<unknown>> = {
  home: async (s) => getHome(await shell(s.me)),
  group: async (s) => {
    const me = await shell(s.me);
    return Promise.all([findGroupBySlug(me, s.group.slug), getGroupPage(me, s.group.slug)]);
  },
  thread: async (s) => getThreadView(await shell(s.me), s.group.slug, s.threadId, {}),
  board: async (s) => Promise.all([listBoard(await shell(s.me), boardFilters.parse({})), complaintOptions('es')]),
  complaint: async (s) => {
    const staff = await shell(s.staff);
    return Promise.all([getComplaintView(staff, s.complaint.number, staff.brand.boardPublic), assignees(staff), listTemplates(staff)]);
  },
  inbox: async (s) => {
    const staff = await shell(s.staff);
    return Promise.all([listInbox(staff, inboxFilters.parse({})), complaintOptions('es'), assignees(staff)]);
  },
  search: async (s) => {
    const me = await shell(s.me);
    return Promise.all([listSearchableGroups(me), searchCommunity({ actor: me, input: { q: 'duchas' } })]);
  },
};

async function counts(scene: Scene): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  // One page at a time: the counter is process-wide.
  for (const [name, read] of Object.entries(PAGES)) out[name] = (await countQueries(() => read(scene))).queries;
  return out;
}

const newMember = async (name: string) => actorOf(await createUser('member', { displayName: name }));

/**
 * More of everything the pages show, through the verbs: members in the group writing threads and
 * replies that quote and mention, reactions, complaints with comments, "me too"s and official replies.
 * Each round uses new members (posting and filing are rate limited per person). The reader does not
 * post: her first unread post stays on the thread's first page, as in the small scene (when it is
 * pages away, the thread page asks two more questions to link to it, whatever the thread's size).
 */
async function grow(s: Scene, rounds: number) {
  for (let r = 0; r < rounds; r++) {
    const [a, b] = [await newMember(`Pilar Ruiz ${r}`), await newMember(`Tomás Gil ${r}`)];
    for (const m of [a, b]) await join(s.group.id, m.id);
    const thread = await createThread({ actor: a, input: { groupId: s.group.id, title: `Duchas frías ${r}`, body: 'Las duchas siguen frías por la mañana.', idempotencyKey: key() } });
    for (const [i, author] of [a, b, a, b, a].entries()) {
      const reply = await replyToThread({ actor: author, input: { threadId: s.threadId, body: `Respuesta ${r}-${i} sobre las duchas, @Pilar Ruiz ${r}`, idempotencyKey: key() } });
      await toggleReaction({ actor: author === a ? b : a, input: { postId: reply.id, reaction: 'thumbs_up' } });
      const quoted = await replyToThread({ actor: b, input: { threadId: s.threadId, body: `Cito ${i}`, quotedPostId: reply.id, idempotencyKey: key() } });
      await toggleReaction({ actor: a, input: { postId: quoted.id, reaction: 'heart' } });
      await replyToThread({ actor: author, input: { threadId: thread.id, body: `Y en el otro hilo ${i}`, idempotencyKey: key() } });
    }
    const filed = await fileOne(a, s.lists, { title: `Duchas del vestuario ${r} sin agua caliente` });
    await say(s.staff, filed.id, 'official_reply');
    for (const m of [a, b]) {
      await commentOnComplaint({ actor: m, input: { complaintId: s.complaint.id, body: `A mí también me pasa (${r})`, idempotencyKey: key() } });
      await setMeToo({ actor: m, input: { complaintId: s.complaint.id, on: true } });
    }
    await say(s.staff, s.complaint.id, 'progress_update', `Seguimos con ello (${r}).`);
  }
}

describe('query budget of the pages members read', () => {
  it('stays the same as the community grows', async () => {
    const me = await newMember('Ana Ruiz');
    const staff = actorOf(await createUser('staff', { displayName: 'Laura', staffTitle: 'Atención al socio' }));
    const lists = await complaintLists();
    const group = await createGroup('open');
    await join(group.id, me.id);
    const thread = await createThread({ actor: me, input: { groupId: group.id, title: 'Vestuarios', body: 'Las duchas del vestuario no calientan.', idempotencyKey: key() } });
    const complaint = await fileOne(me, lists);
    const scene: Scene = { me, staff, lists, group, threadId: thread.id, complaint };
    await say(staff, complaint.id, 'official_reply');

    // A first visit writes what later ones only read (the member's last visit, notifications read on
    // opening): measure from the second.
    await counts(scene);
    const small = await counts(scene);
    // Past a page of everything: 60 replies in the thread (a page shows 25), 6 complaints, 12 comments.
    await grow(scene, 6);
    const big = await counts(scene);

    expect(big).toEqual(small);
    // And small in absolute terms: the shell is 3 statements, no page needs more than a dozen.
    for (const [page, n] of Object.entries(big)) expect(n, page).toBeLessThanOrEqual(12);
  }, 120_000);
});
