// The page cache (docs/decisions/0010-page-cache.md) on the real database: what one reader's request
// put in memory is never what another reader may not see, and every kind of write drops what it
// changed, in this process before the verb answers and in another process through NOTIFY.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { countQueries, getDb } from '@/db/client';
import { communitySettings, complaintCategories, groupMembers, storedFiles, users } from '@/db/schema';
import { resolveSessionUser } from '@/lib/auth/session-user';
import { getBrand } from '@/lib/brand/queries';
import { updateBrand } from '@/lib/brand/update';
import { type Bus, listenForChanges, pageCache, startCacheBus } from '@/lib/cache';
import { TaggedCache } from '@/lib/cache/store';
import { boardFilters, listBoard } from '@/lib/complaints/board';
import { createIncident } from '@/lib/complaints/incidents/create';
import { postIncidentUpdate } from '@/lib/complaints/incidents/post-update';
import { setMeToo } from '@/lib/complaints/me-too';
import { addInternalNote } from '@/lib/complaints/note';
import { complaintOptions } from '@/lib/complaints/options';
import { sendPrivateMessage } from '@/lib/complaints/private-message';
import { getComplaintView } from '@/lib/complaints/queries';
import { rateComplaint } from '@/lib/complaints/rate';
import { setComplaintStatus } from '@/lib/complaints/set-status';
import { hideContent } from '@/lib/moderation/hide';
import { restoreContent } from '@/lib/moderation/restore';
import { sanctionMember } from '@/lib/moderation/sanction';
import type { Actor } from '@/lib/policy';
import { editPost } from '@/lib/threads/edit-post';
import { getThreadView } from '@/lib/threads/queries';
import { toggleReaction } from '@/lib/threads/react';
import { replyToThread } from '@/lib/threads/reply';
import { votePoll } from '@/lib/threads/vote';
import { readMedia } from '@/lib/uploads/read';
import { getEnv } from '@/lib/env';
import { createGroup, key } from './community-fixtures';
import { complaintScene, decide, freshComplaint, type Lists, member, say } from './complaint-fixtures';
import { actorOf, createUser, reload, sessionOf } from './factories';
import { thread } from './threads/fixtures';

let lists: Lists;
let laura: Actor;
// Another process: its own cache, fed by its own listener (its own connection on PostgreSQL).
const other = new TaggedCache(100);
let otherBus: Bus;

beforeAll(async () => {
  await startCacheBus();
  otherBus = listenForChanges(other);
  await otherBus.ready;
  ({ lists, laura } = await complaintScene());
});

afterAll(async () => {
  await otherBus.close();
});

/** The same read with nothing shared: what this reader's page shows without any cache. */
async function uncached<T>(read: () => Promise<T>): Promise<T> {
  const cache = pageCache();
  cache.enabled = false;
  try {
    return await read();
  } finally {
    cache.enabled = true;
  }
}

/** Read twice (the second from memory), compare with the uncached read, and return it. */
async function sameAsUncached<T>(read: () => Promise<T>): Promise<T> {
  await read();
  const before = pageCache().stats().hits;
  const fromCache = await read();
  expect(pageCache().stats().hits).toBeGreaterThan(before);
  expect(fromCache).toEqual(await uncached(read));
  return fromCache;
}

/** A marker the other process keeps under `tag`; true once that process has heard the tag change. */
async function watchInOther(tag: string): Promise<() => Promise<boolean>> {
  const name = `${tag}:${key()}`;
  await other.get(name, [tag], async () => 'kept');
  expect(other.has(name)).toBe(true);
  return async () => {
    await vi.waitFor(() => expect(other.has(name)).toBe(false), { timeout: 3_000, interval: 20 });
    return true;
  };
}

async function threadScene() {
  const [ana, luis] = [await member('Ana'), await member('Luis')];
  const group = await createGroup('open', [
    [ana, 'member'],
    [luis, 'member'],
  ]);
  const t = await thread(group.id, ana, { poll: { question: '¿Qué día entrenamos?', options: ['Lunes', 'Miércoles'], multiple: false, closesAt: null } });
  const read = (actor: Actor) => getThreadView(actor, group.slug, t.id);
  return { ana, luis, group, t, read };
}

describe('thread pages: every write to a thread shows on the next read, here and in another process', () => {
  it('reply, edit, reaction, hide, restore and poll vote', async () => {
    const { ana, luis, t, read } = await threadScene();
    const first = await sameAsUncached(() => read(luis));
    expect(first!.posts.map((p) => p.bodyHtml)).toEqual([expect.stringContaining('Primer mensaje')]);
    const postId = first!.posts[0]!.id;

    const steps: [string, () => Promise<unknown>, (v: NonNullable<Awaited<ReturnType<typeof read>>>) => void][] = [
      ['reply', () => replyToThread({ actor: luis, input: { threadId: t.id, body: 'Yo voy el lunes', idempotencyKey: key() } }), (v) => expect(v.posts.at(-1)!.bodyHtml).toContain('Yo voy el lunes')],
      ['edit', () => editPost({ actor: ana, input: { postId, body: 'Primer mensaje, corregido' } }), (v) => expect(v.posts[0]!.bodyHtml).toContain('corregido')],
      ['reaction', () => toggleReaction({ actor: luis, input: { postId, reaction: 'heart' } }), (v) => expect(v.posts[0]!.reactions.map((r) => r.reaction)).toContain('heart')],
      ['hide', () => hideContent({ actor: laura, input: { targetType: 'post', targetId: postId, reason: 'abuse' } }), (v) => expect(v.posts[0]).toMatchObject({ hidden: 'abuse', bodyHtml: '' })],
      ['restore', () => restoreContent({ actor: laura, input: { targetType: 'post', targetId: postId } }), (v) => expect(v.posts[0]).toMatchObject({ hidden: null, bodyHtml: expect.stringContaining('corregido') })],
      [
        'poll vote',
        async () => votePoll({ actor: ana, input: { pollId: first!.poll!.id, optionIds: [first!.poll!.options[0]!.id] } }),
        (v) => expect(v.poll!.options.map((o) => o.votes)).toEqual([1, 0]),
      ],
    ];
    for (const [, write, shows] of steps) {
      await read(luis);
      const heard = await watchInOther(`thread:${t.id}`);
      await write();
      shows((await read(luis))!);
      expect(await read(luis)).toEqual(await uncached(() => read(luis)));
      // The poll's counts are read per reader, never kept: only the thread's own tag must move.
      if (write !== steps[5]![1]) expect(await heard()).toBe(true);
    }
  });
});

describe('complaint pages and the board: every write shows on the next read, here and in another process', () => {
  it('official reply, status change, me too, internal note, private message, rating and incident update', async () => {
    const c = await freshComplaint(lists);
    const reader = await member('Bea');
    const view = (actor: Actor | null) => getComplaintView(actor, c.number, false);
    const board = () => listBoard(reader, boardFilters.parse({}));
    await sameAsUncached(() => view(reader));
    expect((await sameAsUncached(board)).cards.map((x) => x.id)).toContain(c.id);

    const { id: incidentId } = await createIncident({ actor: laura, input: { title: 'Caldera averiada', type: 'technical', level: 2, complaintIds: [c.id] } });
    const steps: [string, string, () => Promise<unknown>, () => Promise<void>][] = [
      ['official reply', `complaint:${c.id}`, () => say(laura, c.id, 'official_reply'), async () => expect((await view(reader))!.timeline.map((e) => e.kind)).toContain('official_reply')],
      [
        'status change',
        'board',
        () => setComplaintStatus({ actor: laura, input: { action: 'start_progress', complaintId: c.id, idempotencyKey: key() } }),
        async () => expect((await board()).cards.find((x) => x.id === c.id)!.status).toBe('in_progress'),
      ],
      ['me too', 'board', () => setMeToo({ actor: reader, input: { complaintId: c.id, on: true } }), async () => expect((await board()).cards.find((x) => x.id === c.id)!.meTooCount).toBe(1)],
      ['internal note', `complaint:${c.id}`, () => addInternalNote({ actor: laura, input: { complaintId: c.id, body: 'Nota interna para el equipo', idempotencyKey: key() } }), async () => expect((await view(laura))!.timeline.map((e) => e.kind)).toContain('note')],
      [
        'incident update',
        `complaint:${c.id}`,
        () => postIncidentUpdate({ actor: laura, input: { incidentId, body: 'El técnico llega a las diez.', idempotencyKey: key() } }),
        async () => expect(JSON.stringify((await view(reader))!.timeline)).toContain('El técnico llega a las diez.'),
      ],
      ['private message', `complaint:${c.id}`, () => sendPrivateMessage({ actor: c.author, input: { complaintId: c.id, body: 'Os dejo mi teléfono en privado.', idempotencyKey: key() } }), async () => expect(JSON.stringify((await view(c.author))!.timeline)).toContain('mi teléfono')],
      [
        'rating',
        'board',
        async () => {
          await say(laura, c.id, 'propose_solution', 'Caldera cambiada.');
          await decide(c.author, c.id, 'accept_solution');
          await rateComplaint({ actor: c.author, input: { complaintId: c.id, solved: 'yes', rating: 5, wouldStay: 'yes', comment: 'Gracias' } });
        },
        async () => expect((await view(reader))!.timeline.map((e) => e.kind)).toContain('rated'),
      ],
    ];
    for (const [, tag, write, shows] of steps) {
      await Promise.all([view(reader), view(laura), view(c.author), board()]);
      const heard = await watchInOther(tag);
      await write();
      await shows();
      for (const actor of [reader, laura, c.author, null]) expect(await view(actor)).toEqual(await uncached(() => view(actor)));
      expect(await board()).toEqual(await uncached(board));
      expect(await heard()).toBe(true);
    }
  });
});

describe('what a warm cache saves', () => {
  it('the queries of the board, a complaint and a thread page as the layout and the page read them', async () => {
    const { luis, group, t } = await threadScene();
    const c = await freshComplaint(lists);
    const claims = await sessionOf(await reload(luis.id));
    const shell = async () => {
      await resolveSessionUser(claims);
      await getBrand();
    };
    const pages = {
      board: async () => {
        await shell();
        await Promise.all([listBoard(luis, boardFilters.parse({})), complaintOptions('es')]);
      },
      complaint: async () => {
        await shell();
        await getComplaintView(luis, c.number, false);
      },
      thread: async () => {
        await shell();
        await getThreadView(luis, group.slug, t.id);
      },
    };
    // "Last seen" is written once every few minutes per member: out of the way before counting.
    await uncached(shell);
    const counts: Record<string, [number, number]> = {};
    for (const [name, read] of Object.entries(pages)) {
      const cold = (await countQueries(() => uncached(read))).queries;
      await read();
      counts[name] = [cold, (await countQueries(read)).queries];
    }
    // [uncached, warm]: the brand, the cards, the lists, the timeline and photos, the posts with their
    // images and reactions come from memory; what is the reader's own is still read, and so is the
    // account with its device (one statement per request).
    expect(counts).toEqual({ board: [5, 1], complaint: [6, 3], thread: [7, 3] });
  });
});

describe('nothing private through the shared cache, whatever the order of readers', () => {
  it("a private group's thread stays out of reach of a non-member after a member read it", async () => {
    const [ana, outsider] = [await member('Ana'), await member('Pedro')];
    const group = await createGroup('private', [[ana, 'member']]);
    const t = await thread(group.id, ana);
    await sameAsUncached(() => getThreadView(ana, group.slug, t.id));
    expect(await getThreadView(outsider, group.slug, t.id)).toBeNull();
  });

  it('a hidden post as a moderator reads it, then as a member; and each reader gets their own controls', async () => {
    const { ana, luis, group, t, read } = await threadScene();
    const reply = await replyToThread({ actor: luis, input: { threadId: t.id, body: 'Mensaje ofensivo', idempotencyKey: key() } });
    await hideContent({ actor: laura, input: { targetType: 'post', targetId: reply.id, reason: 'abuse' } });
    const owner = actorOf(await createUser('member'));
    await getDb().insert(groupMembers).values({ groupId: group.id, userId: owner.id, role: 'owner' });
    const asModerator = await sameAsUncached(() => read(owner));
    expect(asModerator!.viewer).toMatchObject({ id: owner.id, canModerate: true });
    for (const actor of [ana, luis, laura]) {
      const page = await read(actor);
      expect(page).toEqual(await uncached(() => read(actor)));
      expect(page!.viewer.id).toBe(actor.id);
      expect(page!.posts.find((p) => p.id === reply.id)).toMatchObject({ hidden: 'abuse', bodyHtml: '' });
    }
    expect((await read(ana))!.viewer.canModerate).toBe(false);
  });

  it("a complaint's internal notes, private case and staff panel never reach a member who read after staff", async () => {
    const c = await freshComplaint(lists);
    await addInternalNote({ actor: laura, input: { complaintId: c.id, body: 'Socio conflictivo', idempotencyKey: key() } });
    await sendPrivateMessage({ actor: c.author, input: { complaintId: c.id, body: 'Mi DNI es privado', idempotencyKey: key() } });
    const other = await member('Carmen');
    // Staff first, then the author, then another member, then a visitor (board made public).
    const orders: (Actor | null)[][] = [
      [laura, c.author, other],
      [other, c.author, laura],
    ];
    for (const order of orders) {
      pageCache().invalidate(['*']);
      for (const actor of order) {
        const page = await getComplaintView(actor, c.number, true);
        expect(page).toEqual(await uncached(() => getComplaintView(actor, c.number, true)));
      }
      const seen = JSON.stringify(await getComplaintView(other, c.number, true));
      expect(seen).not.toContain('Socio conflictivo');
      expect(seen).not.toContain('Mi DNI');
      expect((await getComplaintView(other, c.number, true))!.staff).toBeNull();
      expect(JSON.stringify(await getComplaintView(c.author, c.number, true))).toContain('Mi DNI');
      expect(JSON.stringify(await getComplaintView(c.author, c.number, true))).not.toContain('Socio conflictivo');
      expect(JSON.stringify(await getComplaintView(null, c.number, true))).not.toContain('Mi DNI');
    }
  });

  it('an account follows a silence, a ban and a sign-out everywhere at once, and its change is announced to every process', async () => {
    const luis = await createUser('member', { displayName: 'Luis' });
    const session = await sessionOf(luis);
    expect((await resolveSessionUser(session))!.status).toBe('active');
    const heard = await watchInOther(`user:${luis.id}`);
    await sanctionMember({ actor: laura, input: { userId: luis.id, kind: 'silence', reason: 'Insultos reiterados', days: 3 } });
    const after = await reload(luis.id);
    const now = await resolveSessionUser({ ...session, sessionVersion: after.sessionVersion });
    expect(now?.status ?? 'signed out').not.toBe('active');
    expect(await heard()).toBe(true);
    // A change made by anyone (here: straight in SQL) reaches the cache too.
    await getDb().update(users).set({ sessionVersion: after.sessionVersion + 1 }).where(eq(users.id, luis.id));
    await vi.waitFor(async () => expect(await resolveSessionUser({ ...session, sessionVersion: after.sessionVersion })).toBeNull(), { timeout: 3_000, interval: 20 });
  });

  it('a page kept in Spanish is never served in English; a brand change reaches the next page at once', async () => {
    const [es, en] = [await complaintOptions('es'), await complaintOptions('en')];
    // Straight in SQL, as a manager's edit would write it: the trigger still names `options`.
    const named = await getDb().update(complaintCategories).set({ nameEn: 'Facilities EN' }).where(eq(complaintCategories.id, lists.categoryId)).returning();
    expect(named.length).toBe(1);
    await vi.waitFor(async () => expect((await complaintOptions('en')).categories.map((c) => c.name)).toContain('Facilities EN'), { timeout: 3_000, interval: 20 });
    expect((await complaintOptions('es')).categories.map((c) => c.name)).not.toContain('Facilities EN');
    expect(es).not.toEqual(await complaintOptions('en'));
    expect(en.categories.length).toBe(es.categories.length);

    const manager = actorOf(await createUser('manager'));
    await getBrand();
    await updateBrand({ actor: manager, input: { name: 'Club Náutico Sur', welcomeText: 'Hola', primaryColor: '#7B2D26', accentColor: '#1d4ed8', defaultLocale: 'es' } });
    expect((await getBrand()).name).toBe('Club Náutico Sur');
    const [row] = await getDb().select().from(communitySettings);
    expect(row!.name).toBe('Club Náutico Sur');
  });
});

describe.runIf(Boolean(process.env.DATABASE_URL))('uploads on PostgreSQL', () => {
  it('a logo uploaded through one process is served by another, from the database, with caching headers', async () => {
    const manager = actorOf(await createUser('manager'));
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 20, g: 90, b: 160 } } }).png().toBuffer();
    await updateBrand({ actor: manager, input: { name: 'Club con logo', welcomeText: '', primaryColor: '#0f5c8c', accentColor: '#d9480f', defaultLocale: 'es', logo: png } });
    const logoKey = (await getBrand()).logoUrl!.replace('/media/', '');
    // Nothing on this machine's disk.
    const uploads = path.resolve(getEnv().DATA_DIR, 'uploads');
    expect(() => readdirSync(uploads)).toThrow();
    // Process B: its own connection, its own read.
    const b = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await b.connect();
    try {
      const { rows } = await b.query<{ bytes: Buffer }>('select bytes from stored_files where key = $1', [logoKey]);
      expect(rows[0]!.bytes.subarray(0, 4).toString('latin1')).toBe('RIFF');
      const served = await readMedia(logoKey);
      expect(served).toMatchObject({ contentType: 'image/webp', public: true });
      expect(Buffer.compare(served!.bytes, rows[0]!.bytes)).toBe(0);
    } finally {
      await b.end();
    }
    const { GET } = await import('@/app/media/[...key]/route');
    const response = await GET(new Request(`http://localhost/media/${logoKey}`), { params: Promise.resolve({ key: logoKey.split('/') }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await getDb().select().from(storedFiles).where(eq(storedFiles.key, logoKey))).length).toBe(1);
  });
});
