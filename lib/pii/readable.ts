import MarkdownIt from 'markdown-it';

/**
 * The text as a reader will see it, with where each of its characters came from. The guard once read
 * the source: `&#54;12 345 678`, full-width digits, a zero-width space or a soft hyphen inside a
 * number, `6**12** 345 678` or double spaces between groups all published a readable number it never
 * saw. Here: entities and Markdown escapes decoded (as markdown-it decodes them), NFKC (full-width and
 * other compatibility forms to plain ones), invisible characters and Markdown emphasis/code markers
 * dropped, every run of whitespace one space.
 */
export interface Readable {
  text: string;
  /** For each UTF-16 unit of `text`, the source range [from, to) it was read from. */
  from: number[];
  to: number[];
}

// markdown-it's own decoder for entities and backslash escapes, so "decoded" means what it renders.
const { unescapeAll } = new MarkdownIt().utils;
const ENTITY = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/y;
const ESCAPABLE = /[!-/:-@[-`{-~]/;
// Emphasis, strike-through and code markers: they change how a number looks, not what it says.
const MARKUP = new Set(['*', '_', '~', '`']);
// Soft hyphen, joiners, directional marks, variation selectors, fillers: nothing a reader sees.
const INVISIBLE = /^[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]$/;
const SPACE = /^\s$/u;
// Plain printable ASCII without any of the above reads as written: most text takes this short cut.
const AS_WRITTEN = /^(?:[!-%'-)+-[\]^a-}]| (?! ))*$/;

// Printable ASCII that reads as written (no entity, escape or markup start): copied in runs.
function isPlain(code: number): boolean {
  return code > 0x20 && code < 0x7f && code !== 0x26 && code !== 0x5c && code !== 0x2a && code !== 0x5f && code !== 0x7e && code !== 0x60;
}

export function readable(source: string): Readable {
  if (AS_WRITTEN.test(source)) {
    const from = Array.from({ length: source.length }, (_, i) => i);
    return { text: source, from, to: from.map((i) => i + 1) };
  }
  const chunks: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const emit = (chars: string, start: number, end: number) => {
    chunks.push(chars);
    for (let k = 0; k < chars.length; k++) {
      from.push(start);
      to.push(end);
    }
  };
  const n = source.length;
  let i = 0;
  while (i < n) {
    // Most of any text: a run copied as it is, one source character per character read.
    let plainEnd = i;
    while (plainEnd < n && isPlain(source.charCodeAt(plainEnd))) plainEnd++;
    if (plainEnd > i) {
      chunks.push(source.slice(i, plainEnd));
      for (let k = i; k < plainEnd; k++) {
        from.push(k);
        to.push(k + 1);
      }
      i = plainEnd;
      if (i >= n) break;
    }
    const c = source[i]!;
    if (c === '&') {
      ENTITY.lastIndex = i;
      const entity = ENTITY.exec(source)?.[0];
      const decoded = entity ? unescapeAll(entity) : undefined;
      if (entity && decoded !== entity) {
        emit(decoded!.normalize('NFKC'), i, i + entity.length);
        i += entity.length;
        continue;
      }
    }
    if (c === '\\' && ESCAPABLE.test(source[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (MARKUP.has(c)) {
      i++;
      continue;
    }
    const width = (source.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    const ch = source.slice(i, i + width);
    if (INVISIBLE.test(ch)) {
      i += width;
      continue;
    }
    if (SPACE.test(ch)) {
      let j = i + width;
      while (j < n && (SPACE.test(source[j]!) || INVISIBLE.test(source[j]!))) j++;
      emit(' ', i, j);
      i = j;
      continue;
    }
    emit(ch.normalize('NFKC'), i, i + width);
    i += width;
  }
  return { text: chunks.join(''), from, to };
}
