import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/markdown/render';

describe('renderMarkdown', () => {
  it('renders emphasis, lists and links with a safe rel', () => {
    const html = renderMarkdown('**hola** _mundo_\n\n- uno\n- dos\n\n[club](https://example.org)');
    expect(html).toContain('<strong>hola</strong>');
    expect(html).toContain('<li>uno</li>');
    expect(html).toContain('<a href="https://example.org" rel="nofollow ugc noopener">club</a>');
  });

  it('shows raw HTML as text', () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript: and data: links', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>']) {
      expect(renderMarkdown(`[x](${href})`)).not.toMatch(/href="(javascript|data):/i);
    }
  });
});
