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

/** An invitation code such as "7KQ2-M9XP-4RTD": 60 random bits in three groups of four. */
export function newInvitationCode(): { code: string; hash: string } {
  let raw = '';
  for (let i = 0; i < CODE_LENGTH; i++) raw += ALPHABET[randomInt(ALPHABET.length)];
  const code = raw.match(/.{4}/g)!.join('-');
  return { code, hash: hashInvitationCode(code) };
}

/** Accepts what a person types: any case, spaces or dashes, and the letters people confuse. */
export function normalizeInvitationCode(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== CODE_LENGTH) return null;
  for (const ch of cleaned) if (!ALPHABET.includes(ch)) return null;
  return cleaned;
}

export function hashInvitationCode(input: string): string {
  const normalized = normalizeInvitationCode(input);
  if (!normalized) throw new Error('Not an invitation code');
  return sha256(`invitation:${normalized}`);
}
