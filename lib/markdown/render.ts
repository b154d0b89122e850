import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in the source is shown as text, never rendered; the sanitizer is the second wall.
const md = new MarkdownIt({ html: false, linkify: true, breaks: true });

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'hr', 'span'],
  allowedAttributes: { a: ['href', 'rel'], span: ['class'] },
  allowedClasses: { span: ['mention'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow ugc noopener' } }),
    // Headings inside a post sit below the page's own headings.
    h1: 'h3',
    h2: 'h3',
    h5: 'h4',
    h6: 'h4',
  },
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Marks `@Display Name` for the people the caller resolved, in plain text only (never inside links or
 * code). The names come from the database, the markup from here, and the sanitizer still checks it.
 */
function markMentions(tokens: Token[], names: string[]): void {
  if (names.length === 0) return;
  const alternatives = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const pattern = new RegExp(`@(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
  const make = (type: string, content: string) => Object.assign(new md.core.State.prototype.Token(type, '', 0), { content });
  for (const block of tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const out: Token[] = [];
    let inLink = 0;
    for (const token of block.children) {
      if (token.type === 'link_open') inLink++;
      if (token.type === 'link_close') inLink--;
      if (token.type !== 'text' || inLink > 0) {
        out.push(token);
        continue;
      }
      let last = 0;
      for (const match of token.content.matchAll(pattern)) {
        out.push(make('text', token.content.slice(last, match.index)), make('html_inline', '<span class="mention">'), make('text', match[0]), make('html_inline', '</span>'));
        last = match.index + match[0].length;
      }
      out.push(last === 0 ? token : make('text', token.content.slice(last)));
    }
    block.children = out;
  }
}

/** Rendered once, when written: the stored HTML is what every reader gets. */
export function renderMarkdown(source: string, options: { mentions?: string[] } = {}): string {
  const env = {};
  const tokens = md.parse(source, env);
  markMentions(tokens, options.mentions ?? []);
  return sanitizeHtml(md.renderer.render(tokens, md.options, env), ALLOWED);
}
