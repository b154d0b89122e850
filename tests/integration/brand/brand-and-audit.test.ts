import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog } from '@/db/schema';
import { loadBrand } from '@/lib/brand/queries';
import { updateBrand } from '@/lib/brand/update';
import { Forbidden, Invalid } from '@/lib/errors';
import { readMedia } from '@/lib/uploads/read';
import { actorOf, auditCount, createUser } from '../factories';

const valid = { name: 'Club Náutico Sur', welcomeText: 'Hola', primaryColor: '#7B2D26', accentColor: '#1d4ed8', defaultLocale: 'en' as const };

describe('brand settings', () => {
  it('a manager changes name, colours and language, and the audit log records it', async () => {
    const manager = actorOf(await createUser('manager'));
    const audits = await auditCount();
    await updateBrand({ actor: manager, input: valid });
    const brand = await loadBrand();
    expect(brand).toMatchObject({ name: 'Club Náutico Sur', defaultLocale: 'en', colors: { primary: '#7b2d26', accent: '#1d4ed8' } });
    expect(brand.palette.primaryForeground).toBe('#ffffff');
    expect(await auditCount()).toBe(audits + 1);
  });

  it('stores the logo re-encoded, without its metadata', async () => {
    const manager = actorOf(await createUser('manager'));
    const png = await sharp({ create: { width: 800, height: 400, channels: 3, background: '#ff0000' } })
      .withMetadata({ exif: { IFD0: { Artist: 'Secret Photographer' } } })
      .jpeg()
      .toBuffer();
    await updateBrand({ actor: manager, input: { ...valid, logo: png } });
    const { logoUrl } = await loadBrand();
    expect(logoUrl).toMatch(/^\/media\/brand\/logo-[0-9a-f]+\.webp$/);
    const file = await readMedia(logoUrl!.replace('/media/', ''));
    const meta = await sharp(file!.bytes).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.width).toBeLessThanOrEqual(512);
    expect(meta.exif).toBeUndefined();
    expect(file!.bytes.toString('latin1')).not.toContain('Secret Photographer');
  });

  it('refuses a fake image and an invalid colour with field errors, changing nothing', async () => {
    const manager = actorOf(await createUser('manager'));
    const before = await loadBrand();
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    await expect(updateBrand({ actor: manager, input: { ...valid, name: 'Otro', logo: html } })).rejects.toMatchObject({
      fieldErrors: { logo: ['errors.imageNotImage'] },
    });
    await expect(updateBrand({ actor: manager, input: { ...valid, primaryColor: 'red' } })).rejects.toBeInstanceOf(Invalid);
    expect((await loadBrand()).name).toBe(before.name);
  });

  it('is refused to staff and members', async () => {
    for (const role of ['member', 'staff'] as const) {
      await expect(updateBrand({ actor: actorOf(await createUser(role)), input: valid })).rejects.toBeInstanceOf(Forbidden);
    }
  });
});

describe('audit log', () => {
  it('cannot be edited or deleted, even by direct SQL', async () => {
    await getDb().insert(auditLog).values({ action: 'test.entry', targetType: 'test' });
    const refusal = (q: Promise<unknown>) => q.then(() => 'accepted', (e: Error & { cause?: Error }) => e.cause?.message ?? e.message);
    expect(await refusal(getDb().execute(sql`update audit_log set action = 'tampered'`))).toMatch(/append-only/);
    expect(await refusal(getDb().execute(sql`delete from audit_log`))).toMatch(/append-only/);
    expect(await auditCount()).toBeGreaterThan(0);
  });
});
