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

describe('renderMarkdown mentions', () => {
  it('marks the resolved names, longest first, and only outside links and code', () => {
    const html = renderMarkdown('Hola @Ana Ruiz y @ana, mira `@Ana Ruiz` y [@Ana Ruiz](https://x.org)', { mentions: ['Ana Ruiz', 'Ana'] });
    expect(html).toContain('Hola <span class="mention">@Ana Ruiz</span> y <span class="mention">@ana</span>,');
    expect(html).toContain('<code>@Ana Ruiz</code>');
    expect(html).toContain('<a href="https://x.org" rel="nofollow ugc noopener">@Ana Ruiz</a>');
  });

  it('does not mark a longer word that merely starts with a name, nor names not resolved', () => {
    const html = renderMarkdown('@Anabel y @Jorge', { mentions: ['Ana'] });
    expect(html).not.toContain('mention');
  });

  it('keeps a name with markup characters inert', () => {
    const html = renderMarkdown('@<b>x</b>', { mentions: ['<b>x</b>'] });
    expect(html).toContain('<span class="mention">@&lt;b&gt;x&lt;/b&gt;</span>');
  });

  it('refuses any other class or span attribute from the source', () => {
    expect(renderMarkdown('<span class="mention" onclick="x()">hi</span>')).not.toMatch(/<span/);
  });
});
