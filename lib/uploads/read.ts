import type { Actor } from '@/lib/policy';
import { getStorage, isSafeKey } from './storage';

const TYPES: Record<string, string> = { webp: 'image/webp', png: 'image/png', jpg: 'image/jpeg' };

export interface MediaFile {
  bytes: Buffer;
  contentType: string;
  /** Cacheable by anyone (a brand's logo); otherwise only by the one browser that asked. */
  public: boolean;
}

/** Whether this reader may have this file; the area that stores the files decides. */
export type MediaGuard = (actor: Actor | null, key: string) => Promise<boolean>;

// Keys start with the folder of the area that stored them (`posts/…`); each area registers who may read its
// files (lib/<area>/media.ts, composed in lib/registrations.ts). A folder nobody registered is served to nobody.
const folders = new Map<string, MediaGuard | 'public'>();

export function registerMedia(folder: string, access: MediaGuard | 'public'): void {
  folders.set(folder, access);
}

function accessTo(key: string): MediaGuard | 'public' | undefined {
  const at = key.indexOf('/');
  return at > 0 ? folders.get(key.slice(0, at)) : undefined;
}

/** Files anyone may read: the route serves them without looking up a session. */
export function isPublicMedia(key: string): boolean {
  return accessTo(key) === 'public';
}

export async function readMedia(key: string, actor: Actor | null = null): Promise<MediaFile | null> {
  if (!isSafeKey(key)) return null;
  const access = accessTo(key);
  if (!access) return null;
  const isPublic = access === 'public';
  if (!isPublic && !(await access(actor, key))) return null;
  const bytes = await getStorage().get(key);
  if (!bytes) return null;
  return { bytes, contentType: TYPES[key.split('.').pop()!]!, public: isPublic };
}
