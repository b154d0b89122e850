import sharp from 'sharp';
import { z } from 'zod';
import { memberProfiles } from '@/db/schema';
import { refusal } from '@/lib/policy';
import { processImage } from '@/lib/uploads/images';
import { getStorage } from '@/lib/uploads/storage';
import { checkboxField, singleImageField } from '@/lib/validation/fields';
import { defineVerb } from '@/lib/verb';
import { AVATAR_SIDE, BIO_MAX } from './fields';


const input = z.object({
  bio: z.string().trim().max(BIO_MAX, 'errors.tooLong').default(''),
  removeAvatar: checkboxField,
  avatar: singleImageField,
});

export type UpdateProfileInput = z.input<typeof input>;

/**
 * A member's own photo and a few lines about themselves. The photo is checked by its bytes and
 * re-encoded like every image (metadata gone), then cut square; the old file stays, named by its hash.
 */
export const updateProfile = defineVerb({
  name: 'profiles.update',
  input,
  policy: (actor) => refusal(actor, 'update:own_profile'),
  prepare: async (data): Promise<string | null | undefined> => {
    if (data.avatar && data.avatar.length > 0) {
      const checked = await processImage('avatar', Buffer.from(data.avatar), { maxSize: AVATAR_SIDE * 4 });
      const square = await sharp(checked.bytes).resize(AVATAR_SIDE, AVATAR_SIDE, { fit: 'cover' }).webp({ quality: 85 }).toBuffer();
      const key = `avatars/${checked.hash}.webp`;
      await getStorage().put(key, square);
      return key;
    }
    return data.removeAvatar ? null : undefined;
  },
  run: async (ctx, data, _, avatarKey) => {
    const values = { bio: data.bio, updatedAt: ctx.now, ...(avatarKey !== undefined ? { avatarKey } : {}) };
    await ctx.tx.insert(memberProfiles).values({ userId: ctx.actor.id, ...values }).onConflictDoUpdate({ target: memberProfiles.userId, set: values });
  },
});
