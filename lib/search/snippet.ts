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
