import { describe, expect, it } from 'vitest';
import variants from '@/tests/fixtures/pii-variants.json';
import { detectPii, maskPii } from '@/lib/pii';
import { renderMarkdown } from '@/lib/markdown/render';

type Case = { text: string; expect: string[]; note: string };
const cases = variants as Case[];

const readerText = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

describe('detectPii on written variants (what a reader sees, not the source)', () => {
  it.each(cases.map((c) => [c.note, c.text, c.expect] as const))('%s: %j', (_note, text, expected) => {
    expect(detectPii(text).map((f) => f.kind)).toEqual(expected);
  });

  it('masks the source so that the rendered post no longer shows the value', () => {
    for (const c of cases.filter((c) => c.expect.length > 0)) {
      const findings = detectPii(c.text);
      const masked = readerText(renderMarkdown(maskPii(c.text, findings)));
      expect(detectPii(masked), `${c.note}: ${masked}`).toEqual([]);
      for (const f of findings) expect(c.text.slice(f.start, f.end)).toBe(f.value);
    }
  });
});
