import { describe, expect, it } from 'vitest';
import { searchCommunity } from '@/lib/search/queries';
import { actorOf, createUser } from '../factories';
import { createGroup, createPost, createThread, join } from '../search-fixtures';

const search = (actor: ReturnType<typeof actorOf>, q: string) => searchCommunity({ actor, input: { q } });
const text = (html: string | null) => (html ?? '').replace(/<\/?mark>/g, '');

describe('search: groups, snippets, quotes', () => {
  it('finds a group by its name or description, accents ignored, and the threads in it', async () => {
    const author = await createUser('member');
    const reader = actorOf(await createUser('member'));
    const football = await createGroup('open', { name: 'Fútbol', description: 'Partidos, horarios y convocatorias de los equipos.' });
    const gym = await createGroup('open', { name: 'Gimnasio', description: 'Sala de musculación y clases dirigidas.' });
    const secret = await createGroup('private', { name: 'Fútbol veteranos', description: 'Solo la junta.' });
    const saturday = await createThread(football.id, author.id, 'Horarios del sábado', 'El partido empieza a las diez.');
    await createThread(secret.id, author.id, 'Cuotas', 'Se revisan en enero.');

    const found = await search(reader, 'futbol');
    expect(found.groups.map((g) => g.slug)).toEqual([football.slug]);
    expect(found.groups[0]!.nameHtml).toBe('<mark>Fútbol</mark>');
    // Its threads come along though their own words never say "fútbol".
    expect(found.hits.map((h) => h.threadId)).toContain(saturday.thread.id);

    const byDescription = await search(reader, 'musculacion');
    expect(byDescription.groups.map((g) => g.slug)).toEqual([gym.slug]);
    expect(byDescription.groups[0]!.descriptionHtml).toContain('<mark>musculación</mark>');

    // A private group stays unknown to outsiders, and known to its members.
    const insider = actorOf(await createUser('member'));
    await join(secret.id, insider.id);
    expect((await search(insider, 'veteranos')).groups.map((g) => g.slug)).toEqual([secret.slug]);
    expect((await search(reader, 'veteranos')).groups).toEqual([]);
  });

  it('cuts snippets from the text as read: no Markdown symbols, punctuation kept', async () => {
    const author = await createUser('member');
    const reader = actorOf(await createUser('member'));
    const group = await createGroup('open');
    const { post } = await createThread(group.id, author.id, 'Aviso', '**Importante:** el _partido_ de [fútbol](https://club.test/x) empieza a las 10:00, ¿vale? Traed agua & <crema>.');

    const hit = (await search(reader, 'partido')).hits.find((h) => h.postId === post.id)!;
    expect(hit.snippetHtml).toContain('<mark>partido</mark>');
    expect(text(hit.snippetHtml)).toContain('Importante: el partido de fútbol empieza a las 10:00, ¿vale? Traed agua &amp; &lt;crema&gt;.');
    expect(hit.snippetHtml).not.toMatch(/[*_[\]]|\]\(/);
  });

  it('finds a quoted post once, as itself, not again inside the reply that quotes it', async () => {
    const author = await createUser('member');
    const replier = await createUser('member');
    const reader = actorOf(await createUser('member'));
    const group = await createGroup('open');
    const { thread, post } = await createThread(group.id, author.id, 'Calendario', 'El torneo de primavera empieza el lunes.');
    const reply = await createPost(thread.id, replier.id, '> El torneo de primavera empieza el lunes.\n\n¡Genial, allí estaré!', new Date(), { quotedPostId: post.id });

    const spring = await search(reader, 'primavera');
    expect(spring.hits.map((h) => h.postId)).toEqual([post.id]);
    const reply_ = await search(reader, 'genial');
    expect(reply_.hits.map((h) => h.postId)).toEqual([reply.id]);
    expect(text(reply_.hits[0]!.snippetHtml)).toBe('¡Genial, allí estaré!');
  });
});
