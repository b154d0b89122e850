import type { Actor } from '@/lib/auth/policy';
import { canSeeAttachment } from '@/lib/threads/attachment-access';
import { getStorage, isSafeKey } from './storage';

const TYPES: Record<string, string> = { webp: 'image/webp', png: 'image/png', jpg: 'image/jpeg' };

export interface MediaFile {
  bytes: Buffer;
  contentType: string;
  // Brand files are public; a post's image only for those who may read the post.
  public: boolean;
}

export async function readMedia(key: string, actor: Actor | null = null): Promise<MediaFile | null> {
  if (!isSafeKey(key)) return null;
  const isPublic = key.startsWith('brand/');
  if (!isPublic && !(key.startsWith('posts/') && (await canSeeAttachment(actor, key)))) return null;
  const bytes = await getStorage().get(key);
  if (!bytes) return null;
  return { bytes, contentType: TYPES[key.split('.').pop()!]!, public: isPublic };
}
