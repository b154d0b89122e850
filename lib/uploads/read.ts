import { getStorage, isSafeKey } from './storage';

const TYPES: Record<string, string> = { webp: 'image/webp', png: 'image/png', jpg: 'image/jpeg' };

/** Only the brand's files are public for now; later areas add their own access checks here. */
export async function readMedia(key: string): Promise<{ bytes: Buffer; contentType: string } | null> {
  if (!isSafeKey(key) || !key.startsWith('brand/')) return null;
  const bytes = await getStorage().get(key);
  if (!bytes) return null;
  return { bytes, contentType: TYPES[key.split('.').pop()!]! };
}
