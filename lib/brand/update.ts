import { z } from 'zod';
import { getDb } from '@/db/client';
import { communitySettings } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { publish } from '@/lib/realtime/publish';
import { rooms } from '@/lib/realtime/io';
import { processImage } from '@/lib/uploads/images';
import { getStorage } from '@/lib/uploads/storage';
import { localeField } from '@/lib/validation/fields';
import { parseInput } from '@/lib/verb';
import { isHexColor } from './colors';
import { loadBrand } from './queries';

const color = z.string().trim().toLowerCase().refine(isHexColor, 'errors.color');
const checkbox = z.union([z.boolean(), z.literal('on').transform(() => true)]).default(false);

const input = z.object({
  name: z.string().trim().min(2, 'errors.nameTooShort').max(80, 'errors.tooLong'),
  welcomeText: z.string().trim().max(2000, 'errors.tooLong').default(''),
  primaryColor: color,
  accentColor: color,
  defaultLocale: localeField,
  askMembershipNumber: checkbox,
  removeLogo: checkbox,
});

export type UpdateBrandInput = z.input<typeof input> & { logo?: Buffer | null };

export async function updateBrand({ actor, input: raw }: { actor: Actor; input: UpdateBrandInput }) {
  assertCan(actor, 'update:brand');
  const data = parseInput(input, raw);
  let logoPath: string | null | undefined = data.removeLogo ? null : undefined;
  if (raw.logo && raw.logo.length > 0) {
    const image = await processImage('logo', raw.logo, { maxSize: 512 });
    logoPath = `brand/logo-${image.hash}.webp`;
    await getStorage().put(logoPath, image.bytes);
  }
  const before = await loadBrand();
  const values = {
    name: data.name,
    welcomeText: data.welcomeText,
    primaryColor: data.primaryColor,
    accentColor: data.accentColor,
    defaultLocale: data.defaultLocale,
    askMembershipNumber: data.askMembershipNumber,
    ...(logoPath !== undefined ? { logoPath } : {}),
    updatedAt: new Date(),
    updatedBy: actor.id,
  };
  await getDb().transaction(async (tx) => {
    await tx.insert(communitySettings).values({ id: 1, ...values }).onConflictDoUpdate({ target: communitySettings.id, set: values });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'settings.brand_update',
      targetType: 'community',
      targetId: '1',
      before: { name: before.name, primary: before.colors.primary, accent: before.colors.accent, locale: before.defaultLocale },
      after: { name: data.name, primary: data.primaryColor, accent: data.accentColor, locale: data.defaultLocale },
    });
  });
  publish(rooms.community, 'brand:updated', {});
}
