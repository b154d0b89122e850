import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { Forbidden, Invalid } from '@/lib/errors';
import { getProfile } from '@/lib/profiles/queries';
import { updateProfile } from '@/lib/profiles/update';
import { readMedia } from '@/lib/uploads/read';
import { actorOf, createUser } from '../factories';
import { createGroup, createPost, createThread, join } from '../search-fixtures';

/** A JPEG that carries a GPS position in its EXIF, as a phone's photo does. */
async function photoWithLocation(): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#3366aa' } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'Ana Ruiz', Copyright: 'Ana' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 25/1 0/1' } })
    .toBuffer();
  return Uint8Array.from(bytes);
}

describe('member profiles', () => {
  it('shows only the groups and posts the reader may see', async () => {
    const ana = await createUser('member', { displayName: 'Ana Ruiz' });
    const outsider = actorOf(await createUser('member'));
    const insider = actorOf(await createUser('member'));
    const staff = actorOf(await createUser('staff'));
    const open = await createGroup('open', { name: 'Fútbol' });
    const secret = await createGroup('private', { name: 'Junta' });
    await join(open.id, ana.id);
    await join(secret.id, ana.id);
    await join(secret.id, insider.id);
    const visible = await createThread(open.id, ana.id, 'Horarios', '**El sábado** jugamos a las _diez_.');
    const hiddenOne = await createThread(secret.id, ana.id, 'Presupuesto', 'Cifras de la junta.');
    await createPost(visible.thread.id, ana.id, 'Borrado', new Date(), { deletedAt: new Date(), deletedBy: ana.id });
    await createPost(visible.thread.id, ana.id, 'Fuera de tema', new Date(), { hiddenReason: 'off_topic', hiddenAt: new Date() });

    const seen = (await getProfile(outsider, ana.id))!;
    expect(seen).toMatchObject({ displayName: 'Ana Ruiz', initials: 'AR', avatarUrl: null, own: false, role: 'member', staffTitle: null });
    expect(seen.groups.map((g) => g.slug)).toEqual([open.slug]);
    expect(seen.recentPosts.map((p) => p.id)).toEqual([visible.post.id]);
    // Plain text as read, no Markdown symbols.
    expect(seen.recentPosts[0]!.excerpt).toBe('El sábado jugamos a las diez.');

    const member = (await getProfile(insider, ana.id))!;
    expect(member.groups.map((g) => g.slug).sort()).toEqual([open.slug, secret.slug].sort());
    expect(member.recentPosts.map((p) => p.id).sort()).toEqual([visible.post.id, hiddenOne.post.id].sort());
    expect((await getProfile(staff, ana.id))!.recentPosts).toHaveLength(2);

    // No such person, or not an id at all: nothing, the page answers 404.
    expect(await getProfile(outsider, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await getProfile(outsider, 'not-an-id')).toBeNull();
  });

  it('shows a staff member with their title', async () => {
    const laura = await createUser('staff', { displayName: 'Laura Gómez', staffTitle: 'Atención al socio' });
    const reader = actorOf(await createUser('member'));
    expect(await getProfile(reader, laura.id)).toMatchObject({ role: 'staff', staffTitle: 'Atención al socio', initials: 'LG' });
  });

  it('re-encodes the photo (no metadata, square WebP) and serves it to members only', async () => {
    const ana = await createUser('member', { displayName: 'Ana Ruiz' });
    const me = actorOf(ana);
    await updateProfile({ actor: me, input: { bio: '  Socia desde niña, portera del veteranos.  ', avatar: [await photoWithLocation()] } });

    const profile = (await getProfile(actorOf(await createUser('member')), ana.id))!;
    expect(profile.bio).toBe('Socia desde niña, portera del veteranos.');
    expect(profile.avatarUrl).toMatch(/^\/media\/avatars\/[a-f0-9]+\.webp$/);
    const key = profile.avatarUrl!.replace('/media/', '');
    const file = (await readMedia(key, me))!;
    const meta = await sharp(file.bytes).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 192, height: 192 });
    expect(meta.exif).toBeUndefined();
    expect(file.public).toBe(false);
    expect(await readMedia(key, null)).toBeNull();

    // Removing it brings the initials back; the bio stays as sent.
    await updateProfile({ actor: me, input: { bio: 'Portera.', removeAvatar: 'on' } });
    expect(await getProfile(me, ana.id)).toMatchObject({ avatarUrl: null, bio: 'Portera.', own: true });
  });

  it('refuses what is not an image and a bio too long, and changes nothing', async () => {
    const me = actorOf(await createUser('member'));
    await updateProfile({ actor: me, input: { bio: 'Antes.' } });
    await expect(updateProfile({ actor: me, input: { bio: 'Después.', avatar: [new Uint8Array(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))] } })).rejects.toMatchObject(
      new Invalid({ avatar: ['errors.imageNotImage'] }),
    );
    await expect(updateProfile({ actor: me, input: { bio: 'x'.repeat(501) } })).rejects.toBeInstanceOf(Invalid);
    expect(await getProfile(me, me.id)).toMatchObject({ bio: 'Antes.', avatarUrl: null });
  });

  it('lets a silenced member read profiles but not change their own', async () => {
    const silenced = actorOf(await createUser('member', { status: 'silenced', statusUntil: new Date(Date.now() + 86_400_000) }));
    expect(await getProfile(silenced, silenced.id)).not.toBeNull();
    await expect(updateProfile({ actor: silenced, input: { bio: 'Hola' } })).rejects.toBeInstanceOf(Forbidden);
  });
});
