export const BIO_MAX = 500;
// Shown at most 96 px wide; twice that for sharp screens.
export const AVATAR_SIDE = 192;

/** "Ana Ruiz" → "AR", "marta" → "M": what stands in for a photo. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const letters = (words.length > 1 ? [words[0]!, words[words.length - 1]!] : words).map((w) => [...w][0] ?? '');
  return letters.join('').toLocaleUpperCase('es');
}

export const avatarUrl = (key: string | null) => (key ? `/media/${key}` : null);
