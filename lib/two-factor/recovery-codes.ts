import { newHandCode, normalizeHandCode, sha256 } from '@/lib/security/tokens';

export const RECOVERY_CODE_COUNT = 10;
// 10 Crockford characters: 50 random bits each, shown as "7KQ2M-9XP4R".
const LENGTH = 10;

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => newHandCode(LENGTH, 5));
}

/** The stored hash of what a person typed, or null when it cannot be a recovery code. */
export function recoveryCodeHash(input: string): string | null {
  const normalized = normalizeHandCode(input, LENGTH);
  return normalized ? sha256(`recovery:${normalized}`) : null;
}
