import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { getEnv } from '@/lib/env';

// A key of its own for each purpose, derived from the one secret every process shares.
const key = (purpose: string) => createHash('sha256').update(`${purpose}:${getEnv().NEXTAUTH_SECRET}`).digest();

/** AES-256-GCM: whoever reads the outbox table without the secret learns nothing, and cannot forge a value. */
export function seal(values: Record<string, unknown>, purpose = 'mail-outbox'): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(purpose), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(values), 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export function unseal(sealed: string, purpose = 'mail-outbox'): Record<string, unknown> {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !body) throw new Error('sealed values are malformed');
  const decipher = createDecipheriv('aes-256-gcm', key(purpose), iv);
  decipher.setAuthTag(tag);
  return JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')) as Record<string, unknown>;
}
