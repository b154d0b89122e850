import sharp from 'sharp';
import { processImage } from '@/lib/uploads/images';
import { getStorage } from '@/lib/uploads/storage';

export interface StoredPhoto {
  storageKey: string;
  width: number;
  height: number;
}

/** Checked by content and re-encoded without metadata before the complaint is written. */
export async function storeComplaintPhotos(files: Uint8Array[]): Promise<StoredPhoto[]> {
  const stored: StoredPhoto[] = [];
  for (const file of files) {
    const { bytes, hash } = await processImage('photos', Buffer.from(file), { maxSize: 2048 });
    const { width = 0, height = 0 } = await sharp(bytes).metadata();
    const storageKey = `complaints/${hash}.webp`;
    await getStorage().put(storageKey, bytes);
    stored.push({ storageKey, width, height });
  }
  return stored;
}
