import type { Actor } from '@/lib/policy';
import { canSeeComplaintPhoto } from '@/lib/complaints/photos';
import { canSeeAttachment } from '@/lib/threads/attachment-access';
import { getStorage, isSafeKey } from './storage';

const TYPES: Record<string, string> = { webp: 'image/webp', png: 'image/png', jpg: 'image/jpeg' };

export interface MediaFile {
  bytes: Buffer;
  contentType: string;
  // Brand files are public; a post's image only for those who may read the post, a complaint's for the board's audience.
  public: boolean;
}

function canSeePrivate(key: string, actor: Actor | null): Promise<boolean> {
  if (key.startsWith('posts/')) return canSeeAttachment(actor, key);
  if (key.startsWith('complaints/')) return canSeeComplaintPhoto(actor, key);
  return Promise.resolve(false);
}

export async function readMedia(key: string, actor: Actor | null = null): Promise<MediaFile | null> {
  if (!isSafeKey(key)) return null;
  const isPublic = key.startsWith('brand/');
  if (!isPublic && !(await canSeePrivate(key, actor))) return null;
  const bytes = await getStorage().get(key);
  if (!bytes) return null;
  return { bytes, contentType: TYPES[key.split('.').pop()!]!, public: isPublic };
}
