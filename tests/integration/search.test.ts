import { describe, expect, it } from 'vitest';
import { Invalid } from '@/lib/errors';
import { listSearchableGroups, searchCommunity } from '@/lib/search/queries';
import { snippetHtml } from '@/lib/search/snippet';
import { actorOf, createUser } from './factories';
import { createGroup, createPost, createThread, join } from './search-fixtures';

const search = (actor: ReturnType<typeof actorOf>, input: Parameters<typeof searchCommunity>[0]['input']) => searchCommunity({ actor, input });

describe('search', () => {
  it('ignores accents and stems Spanish and English', async () => {
    const author = await createUser('member', { displayName: 'Marta Ruiz' });
    const reader = actorOf(await createUser('member'));
    const group = await createGroup('open');
    const football = await createThread(group.id, author.id, 'Partido de fútbol del sábado', 'Nos vemos en el campo a las diez.');
    const training = await createThread(group.id, author.id, 'Horarios', 'El entrenamiento de los alevines cambia de hora.');
    const shoes = await createThread(group.id, author.id, 'Equipment', 'Which running shoes do you recommend?');

    const accent = await search(reader, { q: 'futbol' });
    expect(accent.hits.map((h) => h.threadId)).toContain(football.thread.id);
    expect(accent.hits.find((h) => h.threadId === football.thread.id)!.titleHtml).toContain('<mark>fútbol</mark>');

    const spanish = await search(reader, { q: 'entrenamientos' });
    const hit = spanish.hits.find((h) => h.postId === training.post.id);
    expect(hit).toMatchObject({ kind: 'post', groupSlug: group.slug, authorName: 'Marta Ruiz' });
    expect(hit!.snippetHtml).toContain('<mark>entrenamiento</mark>');

    const english = await search(reader, { q: 'shoe' });
    const shoeHit = english.hits.find((h) => h.postId === shoes.post.id);
    expect(shoeHit!.snippetHtml).toContain('<mark>shoes</mark>');
  });

  it('hides private and by-request groups from outsiders, shows them to members and staff', async () => {
    const author = await createUser('member');
    const outsider = actorOf(await createUser('member'));
    const insider = actorOf(await createUser('member'));
    const staff = actorOf(await createUser('staff'));
    const secret = await createGroup('private');
    const request = await createGroup('request');
    await join(secret.id, insider.id);
    const hidden = await createThread(secret.id, author.id, 'Reunión de la junta', 'Presupuesto confidencial de la regata.');
    const asked = await createThread(request.id, author.id, 'Veteranos', 'Cena de la regata de veteranos.');

    expect((await search(outsider, { q: 'regata' })).hits).toEqual([]);
    expect((await search(insider, { q: 'regata' })).hits.map((h) => h.postId)).toEqual([hidden.post.id]);
    expect(new Set((await search(staff, { q: 'regata' })).hits.map((h) => h.postId))).toEqual(new Set([hidden.post.id, asked.post.id]));
    // The filter list follows the same rule.
    expect((await listSearchableGroups(outsider)).map((g) => g.slug)).not.toContain(secret.slug);
    expect((await listSearchableGroups(insider)).map((g) => g.slug)).toContain(secret.slug);
    // Naming a group one may not read in the filter finds nothing either.
    expect((await search(outsider, { q: 'regata', group: secret.slug })).hits).toEqual([]);
  });

  it('never finds deleted posts', async () => {
    const author = await createUser('member');
    const reader = actorOf(await createUser('member'));
    const group = await createGroup('open');
    const { thread } = await createThread(group.id, author.id, 'Tienda', 'Abrimos la tienda el lunes.');
    const gone = await createPost(thread.id, author.id, 'Vendo raquetas de pádel', new Date(), { deletedAt: new Date(), deletedBy: author.id });
    expect((await search(reader, { q: 'padel' })).hits.map((h) => h.postId)).not.toContain(gone.id);
    expect((await search(reader, { q: 'padel' })).hits).toEqual([]);
  });

  it('filters by group and by author name', async () => {
    const ana = await createUser('member', { displayName: 'Ana Belén Ríos' });
    const luis = await createUser('member', { displayName: 'Luis Prieto' });
    const reader = actorOf(await createUser('member'));
    const a = await createGroup('open');
    const b = await createGroup('open');
    const inA = await createThread(a.id, ana.id, 'Natación', 'Piscina cubierta abierta en agosto.');
    const inB = await createThread(b.id, luis.id, 'Verano', 'La piscina exterior cierra en septiembre.');

    const all = await search(reader, { q: 'piscina' });
    expect(all.hits.map((h) => h.postId).sort()).toEqual([inA.post.id, inB.post.id].sort());
    expect((await search(reader, { q: 'piscina', group: b.slug })).hits.map((h) => h.postId)).toEqual([inB.post.id]);
    // Part of the name, accents ignored.
    expect((await search(reader, { q: 'piscina', author: 'belen' })).hits.map((h) => h.postId)).toEqual([inA.post.id]);
    expect((await search(reader, { q: 'piscina', author: '%' })).hits).toEqual([]);
  });

  it('escapes what members typed in snippets', async () => {
    const author = await createUser('member');
    const reader = actorOf(await createUser('member'));
    const group = await createGroup('open');
    const { post } = await createThread(group.id, author.id, 'Club <b>news</b>', '<img src=x onerror=alert(1)> fútbol');
    const { hits } = await search(reader, { q: 'fútbol' });
    const hit = hits.find((h) => h.postId === post.id)!;
    expect(hit.snippetHtml).not.toContain('<img');
    // Whatever ts_headline keeps of the tag comes back as text: no markup but our <mark>.
    expect(hit.snippetHtml!.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    expect(hit.snippetHtml).toContain('<mark>fútbol</mark>');
    expect(hits.every((h) => !h.titleHtml.includes('<b>'))).toBe(true);
    expect(snippetHtml('\u0002<script>\u0003 \u0002x')).toBe('<mark>&lt;script&gt;</mark> x');
  });

  it('pages by 20 and validates the query', async () => {
    const author = await createUser('member');
    const reader = actorOf(await createUser('member'));
    const group = await createGroup('open');
    const { thread } = await createThread(group.id, author.id, 'Remo', 'Primera salida en piragua.');
    for (let i = 0; i < 22; i++) await createPost(thread.id, author.id, `Salida en piragua número ${i}`, new Date(Date.now() + i * 1000));
    const first = await search(reader, { q: 'piragua' });
    expect(first.hits).toHaveLength(20);
    expect(first.hasMore).toBe(true);
    const second = await search(reader, { q: 'piragua', page: '2' });
    expect(second.hits).toHaveLength(3);
    expect(second.hasMore).toBe(false);
    expect(new Set([...first.hits, ...second.hits].map((h) => h.postId)).size).toBe(23);

    expect(await search(reader, { q: '   ' })).toMatchObject({ query: '', hits: [] });
    await expect(search(reader, { q: 'x'.repeat(201) })).rejects.toMatchObject({ fieldErrors: { q: ['errors.tooLong'] } });
    await expect(search(reader, { q: 'a', page: '0' })).rejects.toBeInstanceOf(Invalid);
  });
});
