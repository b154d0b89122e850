import type { PiiFinding, PiiKind } from './detect';

const DOT = '•';

/**
 * Masking conventions (separators and "+" stay where the author typed them, so the shape of
 * the number is still recognisable; only letters and digits are hidden):
 * - dni   12345678Z          → •••4567••   AEPD rule for publishing a DNI: 4th–7th characters
 * - nie   X1234567L          → ••••4567•   AEPD rule for a NIE: the same four digits
 * - iban  ES91 2100 … 1332   → ES•• •••• … 1332   country and last four, like bank statements
 * - card  4848 6488 7663 4407 → •••• •••• •••• 4407   last four, as on receipts (PCI DSS)
 * - phone +34 628 101 218    → +•• ••• ••• •18   last two digits
 * - email maria.lopez@gmail.com → m•••@•••.com   first letter and top-level domain; fixed
 *   width so the length of the address is not given away
 */
const KEEP: Record<Exclude<PiiKind, 'email'>, (i: number, n: number) => boolean> = {
  dni: (i) => i >= 3 && i <= 6,
  nie: (i) => i >= 4 && i <= 7,
  iban: (i, n) => i < 2 || i >= n - 4,
  card: (i, n) => i >= n - 4,
  phone: (i, n) => i >= n - 2,
};

const ALNUM = /[\p{L}\p{N}]/u;

export function maskValue(kind: PiiKind, value: string): string {
  if (kind === 'email') return `${value[0]}${DOT.repeat(3)}@${DOT.repeat(3)}.${value.slice(value.lastIndexOf('.') + 1)}`;
  const keep = KEEP[kind];
  let n = 0;
  for (const ch of value) if (ALNUM.test(ch)) n++;
  let i = 0;
  let out = '';
  for (const ch of value) {
    if (!ALNUM.test(ch)) out += ch;
    else out += keep(i++, n) ? ch : DOT;
  }
  return out;
}

/**
 * Rebuilds `text` with every finding replaced. Findings must come from detectPii on this very
 * text: a finding whose value is not at its offsets means the text changed since, and guessing
 * would risk publishing what was meant to be hidden, so it throws.
 */
function replaceFindings(text: string, findings: readonly PiiFinding[], replace: (f: PiiFinding) => string): string {
  const ordered = [...findings].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const f of ordered) {
    if (text.slice(f.start, f.end) !== f.value) throw new Error('PII finding does not match the text; detect again');
    // Overlapping findings cannot come from detectPii; the first one already covers the spot.
    if (f.start < pos) continue;
    out += text.slice(pos, f.start) + replace(f);
    pos = f.end;
  }
  return out + text.slice(pos);
}

/** Replaces each finding with its masked form (see the conventions above), masking what it reads as. */
export function maskPii(text: string, findings: readonly PiiFinding[]): string {
  return replaceFindings(text, findings, (f) => maskValue(f.kind, f.reads));
}

/** Replaces each finding with `placeholder` (translated by the caller, e.g. "[dato retirado]"). */
export function removePii(text: string, findings: readonly PiiFinding[], placeholder: string): string {
  return replaceFindings(text, findings, () => placeholder);
}
