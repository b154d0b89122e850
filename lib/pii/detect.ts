import { countrySpecs } from 'ibantools';
// The max metadata checks the digits against each country's real numbering plan; the default
// (min) one only checks the length, which would let almost any nine digits through. The metadata is
// passed by hand to the core functions: the CommonJS build of 'libphonenumber-js/max' exports a
// PhoneNumber without it bound (it throws "metadata argument not passed" under require()).
import { isValidPhoneNumber as isValidWith, PhoneNumber } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.max.json';
import { ibanChecksumValid, isValidCard, isValidDni, isValidNie } from './checks';
import { readable } from './readable';

export const piiKinds = ['dni', 'nie', 'iban', 'card', 'phone', 'email'] as const;
export type PiiKind = (typeof piiKinds)[number];

/**
 * `start`/`end` are UTF-16 offsets into the scanned text (as String#slice takes them) and `value` is
 * that slice; `reads` is what a reader sees there (`&#54;12 345 678` reads `612 345 678`).
 */
export type PiiFinding = { kind: PiiKind; start: number; end: number; value: string; reads: string };

// Every pattern below is linear: each repetition consumes a character no other part of the
// repetition can take, so a failed match never backtracks over more than one candidate.
// `(?<![\p{L}\p{N}])` keeps candidates from starting in the middle of a word or number.

// 8 digits (or 12.345.678), optional space/dash, check letter.
const DNI_RE = /(?<![\p{L}\p{N}])(\d{8}|\d{2}\.\d{3}\.\d{3})([ -]?)([A-Za-z])(?![\p{L}\p{N}])/gu;
// X/Y/Z, 7 digits (or 1.234.567), check letter.
const NIE_RE = /(?<![\p{L}\p{N}])([XYZxyz])([ -]?)(\d{7}|\d\.\d{3}\.\d{3})([ -]?)([A-Za-z])(?![\p{L}\p{N}])/gu;
// Country code, check digits, then alphanumerics with at most one space or dash between them.
// The match may run past the IBAN (into the next word); it is cut to the country's length
// (ibantools' table). Validation is the IBAN's own mod-97 check only, not ibantools'
// isValidIBAN: that one also demands each country's national layout and bank check digits,
// and an account number with a slip in those is still somebody's account number.
const IBAN_RE = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){10,32}/gu;
// Groups of digits joined by a short run of separators (space, dot, dash, slash): the raw material
// for card and phone numbers. It does not start right after "1." / "1," / "1-" so a price or a date
// never yields a tail.
const CHAIN_RE = /(?<![\p{L}\p{N}]|\d[.,\-])\+?\d+(?:[ .\-/\u00b7\u2010-\u2015]{1,3}\d+)*/gu;
// Spain has no trunk prefix, so the nine digits are the national number as they are. Building
// the number directly skips libphonenumber's text parser, which is most of the cost of a check.
const isSpanishNumber = (nine: string) => new PhoneNumber(`+34${nine}`, metadata).isValid();
const isValidPhoneNumber = (international: string) => isValidWith(international, metadata);
const WORD_CHAR = /[\p{L}\p{N}]/u;
// "+34 ", "(+34) ", "0034-" written before a national number belong to it.
const ES_PREFIX_BEFORE = /(?:\(\+34\)|\+34|\(0034\)|0034)[ .\-\u00a0]?$/;

// On overlap the more specific kind wins when lengths are equal.
const PRIORITY: Record<PiiKind, number> = { iban: 0, card: 1, nie: 2, dni: 3, email: 4, phone: 5 };

/** What a reader of `source` would find, with offsets into `source` itself (so it can be masked there). */
export function detectPii(source: string): PiiFinding[] {
  const { text, from, to } = readable(source);
  const found: Found[] = [];
  const add = (kind: PiiKind, start: number, end: number) => found.push({ kind, start, end });

  findDocuments(text, add);
  findIbans(text, add);
  findCardsAndPhones(text, add);
  findEmails(text, add);
  return resolveOverlaps(found).map((f) => {
    const [start, end] = [from[f.start]!, to[f.end - 1]!];
    return { kind: f.kind, start, end, value: source.slice(start, end), reads: text.slice(f.start, f.end) };
  });
}

type Found = Pick<PiiFinding, 'kind' | 'start' | 'end'>;
type Add = (kind: PiiKind, start: number, end: number) => void;

function findDocuments(text: string, add: Add) {
  for (const m of text.matchAll(DNI_RE)) {
    const [whole, digits, sep, letter] = m as unknown as [string, string, string, string];
    // "12345678 a" is a number followed by a Spanish word; a spaced letter must be a capital.
    if (sep === ' ' && letter !== letter.toUpperCase()) continue;
    if (isValidDni(digits.replaceAll('.', ''), letter.toUpperCase())) add('dni', m.index, m.index + whole.length);
  }
  for (const m of text.matchAll(NIE_RE)) {
    const [whole, prefix, sep1, digits, sep2, letter] = m as unknown as [string, string, string, string, string, string];
    // Same for "y 1234567 a": spaced parts only count when written in capitals.
    if ((sep1 === ' ' && prefix !== prefix.toUpperCase()) || (sep2 === ' ' && letter !== letter.toUpperCase())) continue;
    if (isValidNie(prefix.toUpperCase(), digits.replaceAll('.', ''), letter.toUpperCase())) {
      add('nie', m.index, m.index + whole.length);
    }
  }
}

function findIbans(text: string, add: Add) {
  IBAN_RE.lastIndex = 0;
  for (let m = IBAN_RE.exec(text); m; m = IBAN_RE.exec(text)) {
    const start = m.index;
    const length = countrySpecs[m[0].slice(0, 2).toUpperCase()]?.chars;
    let end = -1;
    if (length) {
      // Walk the match until the country's IBAN length is reached, skipping separators.
      const candidate = m[0];
      let i = 0;
      for (let count = 0; i < candidate.length && count < length; i++) {
        if (candidate[i] !== ' ' && candidate[i] !== '-') count++;
      }
      const electronic = candidate.slice(0, i).replace(/[ -]/g, '').toUpperCase();
      const after = text[start + i];
      const clean = !(after && WORD_CHAR.test(after));
      if (electronic.length === length && clean && ibanChecksumValid(electronic)) end = start + i;
    }
    if (end > 0) {
      add('iban', start, end);
      IBAN_RE.lastIndex = end;
    } else {
      // The over-long match may have swallowed the start of a real IBAN; look again from the next character.
      IBAN_RE.lastIndex = start + 1;
    }
  }
}

type Group = { start: number; end: number };

/** Splits one chain into its digit groups (a leading "+" is not part of the first group). */
function groupsOf(chain: string, offset: number): Group[] {
  const groups: Group[] = [];
  let s = chain[0] === '+' ? 1 : 0;
  for (let i = s; i <= chain.length; i++) {
    const c = chain.charCodeAt(i);
    if (!(c >= 48 && c <= 57)) {
      // A run of separators ends one group only.
      if (i > s) groups.push({ start: offset + s, end: offset + i });
      s = i + 1;
    }
  }
  return groups;
}

function digitsOf(text: string, groups: Group[], from: number, to: number): string {
  let digits = '';
  for (let g = from; g <= to; g++) digits += text.slice(groups[g]!.start, groups[g]!.end);
  return digits;
}

/** A number ends cleanly when no letter follows and it is not the integer part of "1.234,56". */
function endsCleanly(text: string, end: number): boolean {
  const next = text[end];
  if (next === undefined) return true;
  if (WORD_CHAR.test(next)) return false;
  return !((next === ',' || next === "'") && /\d/.test(text[end + 1] ?? ''));
}

function findCardsAndPhones(text: string, add: Add) {
  for (const m of text.matchAll(CHAIN_RE)) {
    const chain = m[0];
    const groups = groupsOf(chain, m.index);
    const plus = chain[0] === '+';
    const chainEnd = m.index + chain.length;
    const clean = (g: number) => groups[g]!.end < chainEnd || endsCleanly(text, chainEnd);
    let g = 0;
    while (g < groups.length) {
      const next =
        cardAt(text, groups, g, clean, add) ??
        (g === 0 && plus ? internationalPhoneAt(text, groups, m.index, clean, add) : undefined) ??
        nationalPhoneAt(text, groups, g, clean, add);
      g = next ?? g + 1;
    }
  }
}

const len = (g: Group) => g.end - g.start;

/**
 * Longest card number starting at group `from`: 13–19 digits, written as one block or in
 * groups of 3–6 (4-4-4-4, 4-6-5, …). Returns the group after it, or undefined.
 */
function cardAt(text: string, groups: Group[], from: number, clean: (g: number) => boolean, add: Add) {
  let last = from;
  if (len(groups[from]!) < 13) {
    for (let g = from, count = 0; g < groups.length; g++) {
      const n = len(groups[g]!);
      if (n < 3 || n > 6 || count + n > 19) break;
      count += n;
      last = g;
    }
  }
  for (; last >= from; last--) {
    const digits = digitsOf(text, groups, from, last);
    if (digits.length >= 13 && clean(last) && isValidCard(digits)) {
      add('card', groups[from]!.start, groups[last]!.end);
      return last + 1;
    }
  }
  return undefined;
}

/** "+<country code> …": the longest valid number of 8–15 digits from the chain's start. */
function internationalPhoneAt(text: string, groups: Group[], chainStart: number, clean: (g: number) => boolean, add: Add) {
  let digits = '';
  let best = -1;
  for (let to = 0; to < groups.length && digits.length <= 15; to++) {
    digits += text.slice(groups[to]!.start, groups[to]!.end);
    if (digits.length >= 8 && digits.length <= 15 && clean(to) && isValidPhoneNumber('+' + digits)) best = to;
  }
  if (best < 0) return undefined;
  add('phone', chainStart, groups[best]!.end);
  return best + 1;
}

/**
 * A Spanish number of exactly nine digits starting at group `from`, written as one block or in
 * groups of 2–4 digits (628 10 12 18, 91 123 45 67, 628.101.218), or as 00 + country code.
 */
function nationalPhoneAt(text: string, groups: Group[], from: number, clean: (g: number) => boolean, add: Add) {
  const first = groups[from]!;
  const lead = text.charCodeAt(first.start);
  // Spanish numbers begin with 6–9; "00…" is the international prefix typed without "+".
  if (lead < 54 && !(lead === 48 && text[first.start + 1] === '0')) return undefined;
  let digits = '';
  for (let to = from; to < groups.length; to++) {
    const n = len(groups[to]!);
    if (n === 1 || (to > from && n > 4)) break;
    digits += text.slice(groups[to]!.start, groups[to]!.end);
    const international = digits.startsWith('00');
    const valid = international
      ? digits.length >= 10 && digits.length <= 17 && isValidPhoneNumber('+' + digits.slice(2))
      : digits.length === 9 && isSpanishNumber(digits);
    if (valid && clean(to)) {
      const prefix = international ? null : ES_PREFIX_BEFORE.exec(text.slice(Math.max(0, first.start - 7), first.start));
      add('phone', first.start - (prefix ? prefix[0].length : 0), groups[to]!.end);
      return to + 1;
    }
    if (!international && digits.length >= 9) break;
    if (digits.length > 17) break;
  }
  return undefined;
}

const LOCAL_CHAR = /[A-Za-z0-9._%+\-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.\-]/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * E-mail addresses are found from each "@" outwards instead of with one big regex: a pattern
 * like `[\w.]+@…` rescans the same run of characters from every starting point and goes
 * quadratic on long text without "@".
 */
function findEmails(text: string, add: Add) {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text[start - 1]!)) start--;
    while (text[start] === '.') start++;
    let end = at + 1;
    while (end < text.length && end - at <= 253 && DOMAIN_CHAR.test(text[end]!)) end++;
    // A sentence may end right after the address.
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    if (start === at || text[at - 1] === '.') continue;
    const labels = text.slice(at + 1, end).split('.');
    if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || !/^[A-Za-z]{2,}$/.test(labels.at(-1)!)) continue;
    add('email', start, end);
  }
}

/** Keeps the longest finding of any overlapping set (the more specific kind on a tie), sorted by start. */
function resolveOverlaps(found: Found[]): Found[] {
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start);
  const kept: Found[] = [];
  for (const f of found) {
    // `kept` is sorted by start; find where f would go and check its two neighbours.
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < f.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before && before.end > f.start) || (after && after.start < f.end)) continue;
    kept.splice(lo, 0, f);
  }
  return kept;
}
