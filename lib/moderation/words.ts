// Pure matching of watched words: whole words, case and accents ignored ("tonto" finds "TONTÓ").

const VARIANTS: Record<string, string> = { a: 'aáàâä', e: 'eéèêë', i: 'iíìîï', o: 'oóòôö', u: 'uúùûü', n: 'nñ', c: 'cç' };

export const normalizeTerm = (term: string) => term.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ');

/** A regular expression for the term as a whole word, in any case and with or without accents. */
export function termPattern(term: string): RegExp {
  const body = [...normalizeTerm(term)]
    .map((ch) => (VARIANTS[ch] ? `[${VARIANTS[ch]}]` : ch === ' ' ? '\\s+' : ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')))
    .join('');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

export interface WatchedWord {
  term: string;
  action: 'block' | 'hold' | 'replace';
  replacement: string | null;
}

export interface WordCheck {
  text: string;
  blocked: string | null;
  held: string | null;
}

/** Replaces what is to be replaced, and says which blocking or holding word (if any) the text contains. */
export function applyWatchedWords(text: string, words: WatchedWord[]): WordCheck {
  let out = text;
  let blocked: string | null = null;
  let held: string | null = null;
  for (const w of words) {
    const re = termPattern(w.term);
    if (w.action === 'replace') out = out.replace(re, w.replacement ?? '***');
    else if (re.test(out)) {
      if (w.action === 'block') blocked ??= w.term;
      else held ??= w.term;
    }
  }
  return { text: out, blocked, held };
}
