import { parse } from 'csv-parse/sync';
import type { RosterFileRow } from '@/db/schema';
import { Invalid } from '@/lib/errors';

/** What one import may hold; a bigger roster is imported in several files. The messages quote these figures. */
export const MAX_ROSTER_BYTES = 20 * 1024 * 1024;
export const MAX_ROSTER_ROWS = 100_000;

export type RosterEncoding = 'utf-8' | 'windows-1252';

export interface RosterFile {
  encoding: RosterEncoding;
  separator: ';' | ',' | '\t';
  header: string[];
  rows: RosterFileRow[];
}

const refuse = (key: string): never => {
  throw new Invalid({ file: [`roster.errors.${key}`] });
};

/**
 * A text file, not a spreadsheet saved as .xlsx, an image or anything else named .csv: no NUL byte and
 * almost no control characters in its first 64 KB.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 65_536);
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control <= head.length / 100;
}

/** UTF-8 when the bytes are valid UTF-8 (with or without its byte-order mark), else Windows-1252, which is what Spanish Excel writes. */
export function decodeRoster(bytes: Uint8Array): { text: string; encoding: RosterEncoding } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The separator the first line uses most, outside quotes: ";" (Spanish Excel), "," or a tab. */
export function guessSeparator(text: string): RosterFile['separator'] {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text.slice(0, 10_000)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  const best = (Object.entries(counts) as [RosterFile['separator'], number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ';';
}

/**
 * Reads an uploaded or pasted roster. Every cell stays text exactly as written: a cell such as
 * `=HYPERLINK(…)` is a string here, never a formula, and the export defuses it on the way out.
 */
export function readRoster(input: Uint8Array | string): RosterFile {
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size === 0) refuse('empty');
  if (size > MAX_ROSTER_BYTES) refuse('tooBig');
  if (typeof input !== 'string' && !looksLikeText(input)) refuse('notText');
  const { text, encoding } = typeof input === 'string' ? { text: input, encoding: 'utf-8' as const } : decodeRoster(input);
  if (typeof input === 'string' && text.includes('\0')) refuse('notText');
  const separator = guessSeparator(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      delimiter: separator,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      // One record more than allowed is enough to know the file is too long, without reading the rest.
      to: MAX_ROSTER_ROWS + 2,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch {
    return refuse('unreadable');
  }
  const [first, ...rest] = records;
  if (!first || rest.length === 0) refuse('noRows');
  if (rest.length > MAX_ROSTER_ROWS) refuse('tooManyRows');
  const rows = rest.filter((r) => r.record.some((c) => c !== '')).map((r) => ({ line: r.info.lines, cells: r.record }));
  return { encoding, separator, header: first!.record, rows };
}
