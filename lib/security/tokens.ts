import { createHash, randomBytes, randomInt } from 'node:crypto';

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** A long random token for links sent by e-mail; only its hash is stored. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: sha256(token) };
}

// Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 12;

/** A random code of `length` Crockford base32 characters (5 bits each), in dash-separated groups. */
export function newHandCode(length: number, group: number): string {
  let raw = '';
  for (let i = 0; i < length; i++) raw += ALPHABET[randomInt(ALPHABET.length)];
  return raw.match(new RegExp(`.{1,${group}}`, 'g'))!.join('-');
}

/** Accepts what a person types: any case, spaces or dashes, and the letters people confuse. */
export function normalizeHandCode(input: string, length: number): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== length) return null;
  for (const ch of cleaned) if (!ALPHABET.includes(ch)) return null;
  return cleaned;
}

/** An invitation code such as "7KQ2-M9XP-4RTD": 60 random bits in three groups of four. */
export function newInvitationCode(): { code: string; hash: string } {
  const code = newHandCode(CODE_LENGTH, 4);
  return { code, hash: hashInvitationCode(code) };
}

export function normalizeInvitationCode(input: string): string | null {
  return normalizeHandCode(input, CODE_LENGTH);
}

export function hashInvitationCode(input: string): string {
  const normalized = normalizeInvitationCode(input);
  if (!normalized) throw new Error('Not an invitation code');
  return sha256(`invitation:${normalized}`);
}
