/**
 * ts_headline marks matches with these; they are control characters, so no Markdown a member types
 * can be mistaken for them once the text is escaped.
 */
export const START_SEL = '\u0002';
export const STOP_SEL = '\u0003';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * ts_headline returns raw Markdown as members typed it, so its output is never HTML: everything is
 * escaped first, and only then do the match markers become <mark> (unpaired markers are dropped).
 */
export function snippetHtml(headline: string): string {
  const escaped = headline.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
  return escaped
    .replace(new RegExp(`${START_SEL}([^${START_SEL}${STOP_SEL}]*)${STOP_SEL}`, 'g'), '<mark>$1</mark>')
    .replace(new RegExp(`[${START_SEL}${STOP_SEL}]`, 'g'), '');
}

const EXCERPT_CHARS = 240;
const BEFORE_FIRST_MATCH = 60;

/**
 * A passage around the first match, cut at spaces so no word or punctuation mark is lost (ts_headline's
 * own fragments start and end on words and drop what stands around them: "¿vale?" became "vale").
 * Takes the whole text with every match marked, whitespace collapsed; "…" shows where it was cut.
 */
export function excerpt(marked: string, size = EXCERPT_CHARS): string {
  const text = marked.replace(/\s+/g, ' ').trim();
  if (text.length <= size) return text;
  const first = Math.max(0, text.indexOf(START_SEL));
  let start = Math.max(0, first - BEFORE_FIRST_MATCH);
  if (start > 0) start = text.indexOf(' ', start) + 1 || first;
  let end = Math.min(text.length, start + size);
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), first + 1);
  return `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}
