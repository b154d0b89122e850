import sharp from 'sharp';
import { processImage } from '@/lib/uploads/images';
import { getStorage } from '@/lib/uploads/storage';

export interface StoredImage {
  storageKey: string;
  width: number;
  height: number;
  bytes: number;
}

const MAX_SIDE = 2048;

/**
 * Checks, re-encodes (metadata gone) and stores each image before the post is written. Keys are content
 * hashes, so a post that then fails leaves at most a file nobody links to, never a broken post.
 */
export async function storePostImages(files: Uint8Array[]): Promise<StoredImage[]> {
  const stored: StoredImage[] = [];
  for (const file of files) {
    const { bytes, hash } = await processImage('images', Buffer.from(file), { maxSize: MAX_SIDE });
    const { width = 0, height = 0 } = await sharp(bytes).metadata();
    const storageKey = `posts/${hash}.webp`;
    await getStorage().put(storageKey, bytes);
    stored.push({ storageKey, width, height, bytes: bytes.length });
  }
  return stored;
}

export const attachmentUrl = (storageKey: string) => `/media/${storageKey}`;
