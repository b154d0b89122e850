import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { attachments, posts } from '@/db/schema';
import { Invalid } from '@/lib/errors';
import { getThreadView } from '@/lib/threads/queries';
import { readMedia } from '@/lib/uploads/read';
import { createGroup } from '../community-fixtures';
import { count, member, thread } from './fixtures';

describe('starting a thread', () => {
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
});
