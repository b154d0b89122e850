export const FORMATS = ['bold', 'italic', 'link', 'list', 'quote'] as const;
export type Format = (typeof FORMATS)[number];

/** The text that replaces [start, end) and the selection to leave afterwards, in the new text. */
export interface Edit {
  start: number;
  end: number;
  insert: string;
  select: [number, number];
}

const WRAP: Partial<Record<Format, string>> = { bold: '**', italic: '_' };
const PREFIX: Partial<Record<Format, string>> = { list: '- ', quote: '> ' };
const URL_HINT = 'https://';

/**
 * One toolbar button or shortcut as a change to the Markdown: wrap the selection (or a placeholder word,
 * left selected so typing replaces it), or prefix every selected line, and take it away again when each
 * line already has it.
 */
export function formatEdit(value: string, start: number, end: number, format: Format, placeholder: string): Edit {
  const selected = value.slice(start, end);
  const wrap = WRAP[format];
  if (wrap) {
    const inner = selected || placeholder;
    return { start, end, insert: `${wrap}${inner}${wrap}`, select: [start + wrap.length, start + wrap.length + inner.length] };
  }
  if (format === 'link') {
    const text = selected || placeholder;
    const urlAt = start + text.length + 3;
    return { start, end, insert: `[${text}](${URL_HINT})`, select: [urlAt, urlAt + URL_HINT.length] };
  }
  const prefix = PREFIX[format]!;
  const lineStart = value.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = value.indexOf('\n', end > start && value[end - 1] === '\n' ? end - 1 : end);
  const lineEnd = nextBreak === -1 ? value.length : nextBreak;
  const lines = value.slice(lineStart, lineEnd).split('\n');
  const undo = lines.every((l) => l.startsWith(prefix));
  const insert = lines.map((l) => (undo ? l.slice(prefix.length) : `${prefix}${l}`)).join('\n');
  return { start: lineStart, end: lineEnd, insert, select: undo && insert === '' ? [lineStart, lineStart] : [lineStart + insert.length, lineStart + insert.length] };
}

/** Ctrl/⌘ + B, I, K: the shortcuts word processors taught everyone. */
export const SHORTCUTS: Record<string, Format> = { b: 'bold', i: 'italic', k: 'link' };
