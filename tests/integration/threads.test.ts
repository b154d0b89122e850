import { eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { countQueries, getDb } from '@/db/client';
import { attachments, groups, notifications, pollOptions, posts, threads } from '@/db/schema';
import { Forbidden, Invalid, NotFound } from '@/lib/errors';
import { createThread } from '@/lib/threads/create-thread';
import { deletePost } from '@/lib/threads/delete-post';
import { editPost } from '@/lib/threads/edit-post';
import { markThreadRead } from '@/lib/threads/mark-read';
import { moderateThread } from '@/lib/threads/moderate-thread';
import { getPostHistory, getThreadView } from '@/lib/threads/queries';
import { toggleReaction } from '@/lib/threads/react';
import { replyToThread } from '@/lib/threads/reply';
import { POSTS_PER_PAGE } from '@/lib/threads/constants';
import { votePoll } from '@/lib/threads/vote';
import { readMedia } from '@/lib/uploads/read';
import { createGroup, key } from './community-fixtures';
import { actorOf, auditCount, createUser } from './factories';

const member = async (extra = {}) => actorOf(await createUser('member', extra));
const count = async (table: typeof posts | typeof threads | typeof notifications) => (await getDb().select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

async function thread(groupId: string, author: Awaited<ReturnType<typeof member>>, extra = {}) {
  return createThread({ actor: author, input: { groupId, title: 'Horario de entrenamientos', body: 'Primer mensaje', idempotencyKey: key(), ...extra } });
}

describe('threads and replies', () => {
  it('a group member starts a thread and others reply; counters and unread follow', async () => {
    const [ana, luis] = [await member(), await member()];
    const group = await createGroup('open', [[ana, 'member'], [luis, 'member']]);
    const t = await thread(group.id, ana);
    await replyToThread({ actor: luis, input: { threadId: t.id, body: '¡Allí estaré!', idempotencyKey: key() } });
    const [g] = await getDb().select().from(groups).where(eq(groups.id, group.id));
    const [th] = await getDb().select().from(threads).where(eq(threads.id, t.id));
    expect(g!.threadCount).toBe(1);
    expect(th!.replyCount).toBe(1);
    const view = (await getThreadView(ana, group.slug, t.id))!;
    expect(view.posts.map((p) => p.bodyHtml)).toEqual(['<p>Primer mensaje</p>\n', '<p>¡Allí estaré!</p>\n']);
    // Ana had not seen Luis's reply: it is marked as the first unread. Rendering is not reading (links
    // prefetch pages); the open page reports the reading, which clears it.
    expect(view.firstUnread?.id).toBe(view.posts[1]!.id);
    expect((await getThreadView(ana, group.slug, t.id))!.firstUnread?.id).toBe(view.posts[1]!.id);
    await markThreadRead({ actor: ana, input: { threadId: t.id } });
    expect((await getThreadView(ana, group.slug, t.id))!.firstUnread).toBeNull();
  });

  it('refuses empty and oversized posts with a field error, writing nothing', async () => {
    const ana = await member();
    const group = await createGroup('open', [[ana, 'member']]);
    const before = await count(posts);
    for (const body of ['   ', 'x'.repeat(20_001)]) {
      const err = await thread(group.id, ana, { body }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Invalid);
      expect((err as Invalid).fieldErrors.body?.[0]).toMatch(/^threads\.errors\.body(Empty|TooLong)$/);
    }
    expect(await count(posts)).toBe(before);
  });

  it('a double submit with one idempotency key makes exactly one post', async () => {
    const ana = await member();
    const group = await createGroup('open', [[ana, 'member']]);
    const t = await thread(group.id, ana);
    const k = key();
    const input = { threadId: t.id, body: 'Una sola vez', idempotencyKey: k };
    const [a, b] = await Promise.all([replyToThread({ actor: ana, input }), replyToThread({ actor: ana, input })]);
    const again = await replyToThread({ actor: ana, input });
    expect(new Set([a.id, b.id, again.id]).size).toBe(1);
    expect((await getDb().select().from(posts).where(eq(posts.threadId, t.id))).length).toBe(2);
    const tk = key();
    const [t1, t2] = await Promise.all([thread(group.id, ana, { idempotencyKey: tk }), thread(group.id, ana, { idempotencyKey: tk })]);
    expect(t1.id).toBe(t2.id);
  });

  it('outsiders cannot post, and a private thread does not exist for them', async () => {
    const [ana, outsider] = [await member(), await member()];
    const open = await createGroup('open', [[ana, 'member']]);
    const secret = await createGroup('private', [[ana, 'member']]);
    const t = await thread(open.id, ana);
    const hidden = await thread(secret.id, ana);
    const before = await count(posts);
    await expect(replyToThread({ actor: outsider, input: { threadId: t.id, body: 'hola', idempotencyKey: key() } })).rejects.toBeInstanceOf(Forbidden);
    await expect(replyToThread({ actor: outsider, input: { threadId: hidden.id, body: 'hola', idempotencyKey: key() } })).rejects.toBeInstanceOf(NotFound);
    await expect(thread(secret.id, outsider)).rejects.toBeInstanceOf(NotFound);
    expect(await getThreadView(outsider, secret.slug, hidden.id)).toBeNull();
    expect(await count(posts)).toBe(before);
    // Staff moderate the whole community, private groups included.
    const staff = actorOf(await createUser('staff'));
    expect(await getThreadView(staff, secret.slug, hidden.id)).not.toBeNull();
  });

  it('a locked thread takes replies only from moderators', async () => {
    const [ana, mod] = [await member(), await member()];
    const group = await createGroup('open', [[ana, 'member'], [mod, 'moderator']]);
    const t = await thread(group.id, ana);
    await expect(moderateThread({ actor: ana, input: { threadId: t.id, locked: true } })).rejects.toBeInstanceOf(Forbidden);
    const audits = await auditCount();
    await moderateThread({ actor: mod, input: { threadId: t.id, locked: true, pinned: true } });
    expect(await auditCount()).toBe(audits + 1);
    const err = await replyToThread({ actor: ana, input: { threadId: t.id, body: 'hola', idempotencyKey: key() } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Forbidden);
    expect((err as Error).message).toBe('threads.errors.locked');
    await replyToThread({ actor: mod, input: { threadId: t.id, body: 'Cerramos el hilo', idempotencyKey: key() } });
  });

  it('mentions and quotes notify the people named, once, never the author, never outsiders', async () => {
    const ana = await member({ displayName: 'Ana Ruiz' });
    const luis = await member({ displayName: 'Luis Gómez' });
    const outsider = await member({ displayName: 'Pedro Sanz' });
    const group = await createGroup('private', [[ana, 'member'], [luis, 'member']]);
    const t = await thread(group.id, ana);
    const first = (await getThreadView(ana, group.slug, t.id))!.posts[0]!;
    const before = await count(notifications);
    const reply = await replyToThread({
      actor: luis,
      input: { threadId: t.id, body: '> Primer mensaje\n\n@Ana Ruiz @ana ruiz y @Pedro Sanz y @Luis Gómez: ¿venís?', quotedPostId: first.id, idempotencyKey: key() },
    });
    const rows = await getDb().select().from(notifications).where(eq(notifications.postId, reply.id));
    expect(rows.map((r) => `${r.userId === ana.id ? 'ana' : 'other'}:${r.kind}`).sort()).toEqual(['ana:mention', 'ana:quote']);
    expect(await count(notifications)).toBe(before + 2);
    const [post] = await getDb().select().from(posts).where(eq(posts.id, reply.id));
    expect(post!.bodyHtml).toContain('<span class="mention">@Ana Ruiz</span>');
    expect(post!.bodyHtml).not.toContain('<span class="mention">@Pedro Sanz</span>');
    expect((await getThreadView(luis, group.slug, t.id))!.posts[1]!.quoted).toEqual({ id: first.id, authorName: 'Ana Ruiz' });
    void outsider;
  });

  it('edits keep the earlier versions as visible history; only the author edits', async () => {
    const [ana, luis] = [await member(), await member()];
    const group = await createGroup('open', [[ana, 'member'], [luis, 'moderator']]);
    const t = await thread(group.id, ana);
    const postId = (await getThreadView(ana, group.slug, t.id))!.posts[0]!.id;
    await expect(editPost({ actor: luis, input: { postId, body: 'otra cosa' } })).rejects.toBeInstanceOf(Forbidden);
    await editPost({ actor: ana, input: { postId, body: 'Primer mensaje, **corregido**' } });
    const history = await getPostHistory(luis, postId);
    expect(history.post.bodyHtml).toContain('<strong>corregido</strong>');
    expect(history.revisions.map((r) => r.bodyHtml)).toEqual(['<p>Primer mensaje</p>\n']);
    const err = await editPost({ actor: ana, input: { postId, body: '' } }).catch((e: unknown) => e);
    expect((err as Invalid).fieldErrors.body).toEqual(['threads.errors.bodyEmpty']);
  });

  it('authors delete within the grace period, moderators after it; a tombstone remains', async () => {
    const [ana, mod] = [await member(), await member()];
    const group = await createGroup('open', [[ana, 'member'], [mod, 'moderator']]);
    const t = await thread(group.id, ana);
    const mine = await replyToThread({ actor: ana, input: { threadId: t.id, body: 'me equivoqué', idempotencyKey: key() } });
    await deletePost({ actor: ana, input: { postId: mine.id } });
    const old = await replyToThread({ actor: ana, input: { threadId: t.id, body: 'antiguo', idempotencyKey: key() } });
    await getDb().update(posts).set({ createdAt: new Date(Date.now() - 16 * 60_000) }).where(eq(posts.id, old.id));
    await expect(deletePost({ actor: ana, input: { postId: old.id } })).rejects.toBeInstanceOf(Forbidden);
    const audits = await auditCount();
    await deletePost({ actor: mod, input: { postId: old.id } });
    expect(await auditCount()).toBe(audits + 1);
    const view = (await getThreadView(ana, group.slug, t.id))!;
    const tombstones = view.posts.filter((p) => p.deleted);
    expect(tombstones).toHaveLength(2);
    expect(tombstones.every((p) => p.bodyHtml === '')).toBe(true);
    const [row] = await getDb().select().from(posts).where(eq(posts.id, old.id));
    expect(row!.bodyMd).toBe('');
  });

  it('reactions toggle, count and say who reacted', async () => {
    const [ana, luis, outsider] = [await member({ displayName: 'Ana' }), await member({ displayName: 'Luis' }), await member()];
    const group = await createGroup('open', [[ana, 'member'], [luis, 'member']]);
    const t = await thread(group.id, ana);
    const postId = (await getThreadView(ana, group.slug, t.id))!.posts[0]!.id;
    await toggleReaction({ actor: ana, input: { postId, reaction: 'heart' } });
    const after = await toggleReaction({ actor: luis, input: { postId, reaction: 'heart' } });
    expect(after).toEqual([{ reaction: 'heart', count: 2, names: ['Ana', 'Luis'], userIds: [ana.id, luis.id] }]);
    expect(await toggleReaction({ actor: ana, input: { postId, reaction: 'heart' } })).toMatchObject([{ count: 1, names: ['Luis'] }]);
    await expect(toggleReaction({ actor: outsider, input: { postId, reaction: 'heart' } })).rejects.toBeInstanceOf(Forbidden);
    await expect(toggleReaction({ actor: ana, input: { postId, reaction: 'poop' } })).rejects.toBeInstanceOf(Invalid);
  });

  it('polls: single choice replaces the vote, multiple keeps several, closed polls refuse', async () => {
    const [ana, luis] = [await member(), await member()];
    const group = await createGroup('open', [[ana, 'member'], [luis, 'member']]);
    const t = await thread(group.id, ana, { poll: { question: '¿Qué día entrenamos?', options: ['Lunes', 'Miércoles', 'Lunes', ''], multiple: false, closesAt: null } });
    const poll = (await getThreadView(ana, group.slug, t.id))!.poll!;
    expect(poll.options.map((o) => o.label)).toEqual(['Lunes', 'Miércoles']);
    const [mon, wed] = poll.options.map((o) => o.id) as [string, string];
    await votePoll({ actor: ana, input: { pollId: poll.id, optionIds: [mon] } });
    const result = await votePoll({ actor: ana, input: { pollId: poll.id, optionIds: [wed] } });
    expect(result.options.map((o) => o.votes)).toEqual([0, 1]);
    expect(result.myVotes).toEqual([wed]);
    await expect(votePoll({ actor: luis, input: { pollId: poll.id, optionIds: [mon, wed] } })).rejects.toBeInstanceOf(Invalid);
    await getDb().execute(sql`update polls set closes_at = now() - interval '1 minute' where id = ${poll.id}`);
    await expect(votePoll({ actor: luis, input: { pollId: poll.id, optionIds: [mon] } })).rejects.toThrow('threads.errors.pollClosed');
    expect((await getDb().select().from(pollOptions).where(eq(pollOptions.pollId, poll.id))).map((o) => o.voteCount).sort()).toEqual([0, 1]);
    const bad = await thread(group.id, ana, { poll: { question: '¿Sí?', options: ['Solo una'], multiple: false, closesAt: null } }).catch((e: unknown) => e);
    expect((bad as Invalid).fieldErrors['poll.options']).toEqual(['threads.errors.pollOptions']);
  });

  it('images are checked by content, re-encoded without metadata, and private to the group', async () => {
    const [ana, outsider] = [await member(), await member()];
    const group = await createGroup('private', [[ana, 'member']]);
    const jpeg = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#00ff00' } })
      .withMetadata({ exif: { IFD0: { Artist: 'Secret Photographer' } } })
      .jpeg()
      .toBuffer();
    const t = await thread(group.id, ana, { images: [new Uint8Array(jpeg)] });
    const image = (await getThreadView(ana, group.slug, t.id))!.posts[0]!.images[0]!;
    expect(image).toMatchObject({ width: 300, height: 200 });
    const key = image.url.replace('/media/', '');
    const file = await readMedia(key, ana);
    expect(file!.bytes.toString('latin1')).not.toContain('Secret Photographer');
    expect(await readMedia(key, outsider)).toBeNull();
    expect(await readMedia(key, null)).toBeNull();
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    const err = await thread(group.id, ana, { images: [new Uint8Array(html)] }).catch((e: unknown) => e);
    expect((err as Invalid).fieldErrors.images).toEqual(['errors.imageNotImage']);
    expect((await getDb().select().from(attachments)).length).toBe(1);
  });

  it('renders the XSS corpus inert in titles and posts', async () => {
    const ana = await member();
    const group = await createGroup('open', [[ana, 'member']]);
    const corpus = (await import('../fixtures/xss.json')).default.html as string[];
    const bodies: string[] = [''];
    for (const payload of corpus) {
      if (bodies.at(-1)!.length + payload.length > 19_000) bodies.push('');
      bodies[bodies.length - 1] += `${payload}\n\n`;
    }
    const t = await thread(group.id, ana, { title: 'XSS corpus', body: bodies[0] });
    for (const body of bodies.slice(1)) await replyToThread({ actor: ana, input: { threadId: t.id, body, idempotencyKey: key() } });
    const view = (await getThreadView(ana, group.slug, t.id))!;
    expect(view.posts).toHaveLength(bodies.length);
    const html = view.posts.map((p) => p.bodyHtml).join('');
    // Escaped text never contains '<', so every '<' opens a real element: all of them must be harmless.
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) {
      expect(tag).toMatch(/^<(p|br|strong|em|s|code|pre|blockquote|ul|ol|li|a|h3|h4|hr|span)[\s>]/);
      expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
      expect(tag).not.toMatch(/(javascript|data|vbscript):/i);
    }
  });

  it('a thread of 1,000 replies renders its first and a deep page in a bounded number of queries', async () => {
    const ana = await member();
    const group = await createGroup('open', [[ana, 'member']]);
    const t = await thread(group.id, ana);
    await getDb().execute(sql`insert into posts (thread_id, author_id, body_md, body_html, created_at)
      select ${t.id}, ${ana.id}, 'r' || i, '<p>r' || i || '</p>', now() + (i || ' milliseconds')::interval from generate_series(1, 1000) i`);
    const first = await countQueries(() => getThreadView(ana, group.slug, t.id));
    expect(first.result!.posts).toHaveLength(POSTS_PER_PAGE);
    const deep = await countQueries(() => getThreadView(ana, group.slug, t.id, { after: first.result!.posts.at(-1)!.id }));
    expect(deep.result!.posts[0]!.bodyHtml).toBe(`<p>r${POSTS_PER_PAGE}</p>`);
    expect(first.queries).toBeLessThanOrEqual(8);
    expect(deep.queries).toBeLessThanOrEqual(8);
  });
});
