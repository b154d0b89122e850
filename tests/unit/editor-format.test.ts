import { describe, expect, it } from 'vitest';
import { formatEdit } from '@/components/editor/format';
import { excerpt, START_SEL, STOP_SEL } from '@/lib/search/snippet';

const apply = (value: string, start: number, end: number, format: Parameters<typeof formatEdit>[3], placeholder = 'texto') => {
  const e = formatEdit(value, start, end, format, placeholder);
  const next = value.slice(0, e.start) + e.insert + value.slice(e.end);
  return { next, selected: next.slice(...e.select) };
};

describe('editor formatting', () => {
  it('wraps the selection, or a selected placeholder when nothing is selected', () => {
    expect(apply('hola mundo', 5, 10, 'bold')).toEqual({ next: 'hola **mundo**', selected: 'mundo' });
    expect(apply('hola ', 5, 5, 'italic')).toEqual({ next: 'hola _texto_', selected: 'texto' });
    expect(apply('ver web', 4, 7, 'link')).toEqual({ next: 'ver [web](https://)', selected: 'https://' });
  });

  it('prefixes every selected line, and takes the prefix away when all have it', () => {
    expect(apply('uno\ndos\ntres', 1, 6, 'list').next).toBe('- uno\n- dos\ntres');
    expect(apply('> uno\n> dos', 0, 11, 'quote').next).toBe('uno\ndos');
  });
});

describe('search excerpt', () => {
  it('cuts at spaces around the first match and keeps its punctuation', () => {
    const words = Array.from({ length: 80 }, (_, i) => `palabra${i},`).join(' ');
    const text = `${words} ¿${START_SEL}vale${STOP_SEL}? ${words}`;
    const cut = excerpt(text, 120);
    expect(cut.startsWith('… palabra')).toBe(true);
    expect(cut.endsWith(' …')).toBe(true);
    expect(cut).toContain(`¿${START_SEL}vale${STOP_SEL}?`);
    expect(excerpt('  corto   y  claro. ')).toBe('corto y claro.');
  });
});
