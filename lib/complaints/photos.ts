import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { getDb } from '@/db/client';
import { complaintPhotos } from '@/db/schema';
import { type Actor, can } from '@/lib/policy';
import { loadBrand } from '@/lib/brand/queries';
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

/** A complaint's photos are as public as the board: its audience, and nobody else. */
export async function canSeeComplaintPhoto(actor: Actor | null, storageKey: string): Promise<boolean> {
  const [photo] = await getDb().select({ id: complaintPhotos.id }).from(complaintPhotos).where(eq(complaintPhotos.storageKey, storageKey)).limit(1);
  return photo !== undefined && can(actor, 'view:board', { boardPublic: (await loadBrand()).boardPublic });
}
