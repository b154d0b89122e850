import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { groups, notifications, posts, threads } from '@/db/schema';
import { Forbidden, NotFound } from '@/lib/errors';
import { markThreadRead } from '@/lib/threads/mark-read';
import { getThreadView } from '@/lib/threads/queries';
import { replyToThread } from '@/lib/threads/reply';
import { createGroup, key } from '../community-fixtures';
import { actorOf, createUser } from '../factories';
import { count, member, thread } from './fixtures';

describe('replying to a thread', () => {
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

  it('renders the XSS corpus inert in titles and posts', async () => {
    const ana = await member();
    const group = await createGroup('open', [[ana, 'member']]);
    const corpus = (await import('../../fixtures/xss.json')).default.html as string[];
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
});
