import { z } from 'zod';
import { communitySettings } from '@/db/schema';
import { refusal } from '@/lib/policy';
import { rooms } from '@/lib/realtime/io';
import { processImage } from '@/lib/uploads/images';
import { getStorage } from '@/lib/uploads/storage';
import { checkboxField, localeField, singleImageField } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { isHexColor } from './colors';
import { loadBrand } from './queries';

const color = z.string().trim().toLowerCase().refine(isHexColor, 'errors.color');

const input = z.object({
  name: z.string().trim().min(2, 'errors.nameTooShort').max(80, 'errors.tooLong'),
  welcomeText: z.string().trim().max(2000, 'errors.tooLong').default(''),
  welcomeTextEn: z.string().trim().max(2000, 'errors.tooLong').default(''),
  primaryColor: color,
  accentColor: color,
  defaultLocale: localeField,
  askMembershipNumber: checkboxField,
  removeLogo: checkboxField,
  logo: singleImageField,
});

export type UpdateBrandInput = z.input<typeof input>;

/** Name, colours, language and logo: every page carries them, and open pages pick them up live. */
export const updateBrand = defineVerb({
  name: 'brand.update',
  input,
  load: (db) => loadBrand(db),
  policy: (actor) => refusal(actor, 'update:brand'),
  // The logo is re-encoded (its metadata dropped) and stored before the transaction; null removes it.
  prepare: async (data): Promise<string | null | undefined> => {
    if (data.logo && data.logo.length > 0) {
      const logo = await processImage('logo', Buffer.from(data.logo), { maxSize: 512 });
      const path = `brand/logo-${logo.hash}.webp`;
      await getStorage().put(path, logo.bytes);
      return path;
    }
    return data.removeLogo ? null : undefined;
  },
  run: async (ctx, data, _, logoPath) => {
    const values = {
      name: data.name,
      welcomeText: data.welcomeText,
      welcomeTextEn: data.welcomeTextEn,
      primaryColor: data.primaryColor,
      accentColor: data.accentColor,
      defaultLocale: data.defaultLocale,
      askMembershipNumber: data.askMembershipNumber,
      ...(logoPath !== undefined ? { logoPath } : {}),
      updatedAt: ctx.now,
      updatedBy: ctx.actor.id,
    };
    await ctx.tx.insert(communitySettings).values({ id: 1, ...values }).onConflictDoUpdate({ target: communitySettings.id, set: values });
    ctx.publish(rooms.community, 'brand:updated', {});
  },
  audit: (_, data, before) => ({
    action: 'settings.brand_update',
    targetType: 'community',
    targetId: '1',
    before: { name: before.name, primary: before.colors.primary, accent: before.colors.accent, locale: before.defaultLocale },
    after: { name: data.name, primary: data.primaryColor, accent: data.accentColor, locale: data.defaultLocale },
  }),
});
