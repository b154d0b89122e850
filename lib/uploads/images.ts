import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { Invalid } from '@/lib/errors';

export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
const ACCEPTED = new Set(['jpeg', 'png', 'webp']);

/**
 * Trusts the bytes, not the file name: decodes the image, refuses what is not a real JPEG, PNG or
 * WebP, and re-encodes it, which drops every piece of metadata (GPS, camera, author).
 */
export async function processImage(
  field: string,
  bytes: Buffer,
  opts: { maxSize: number },
): Promise<{ bytes: Buffer; hash: string }> {
  if (bytes.length === 0) throw new Invalid({ [field]: ['errors.imageEmpty'] });
  if (bytes.length > MAX_IMAGE_BYTES) throw new Invalid({ [field]: ['errors.imageTooLarge'] });
  let format: string | undefined;
  try {
    format = (await sharp(bytes).metadata()).format;
  } catch {
    throw new Invalid({ [field]: ['errors.imageNotImage'] });
  }
  if (!format || !ACCEPTED.has(format)) throw new Invalid({ [field]: ['errors.imageNotImage'] });
  const out = await sharp(bytes)
    .rotate()
    .resize({ width: opts.maxSize, height: opts.maxSize, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 88 })
    .toBuffer();
  return { bytes: out, hash: createHash('sha256').update(out).digest('hex').slice(0, 32) };
}
