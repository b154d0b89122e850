import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/i18n/messages';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function leaf(obj: object, path: string): string {
  return path.split('.').reduce((o: never, k) => o[k], obj as never);
}

describe('message files', () => {
  it('have the same keys in Spanish and English', () => {
    expect(keys(MESSAGES.en).sort()).toEqual(keys(MESSAGES.es).sort());
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();
    for (const key of keys(MESSAGES.es)) {
      expect(placeholders(leaf(MESSAGES.en, key)), key).toEqual(placeholders(leaf(MESSAGES.es, key)));
    }
  });

  it('have no empty strings', () => {
    for (const locale of ['es', 'en'] as const) {
      for (const key of keys(MESSAGES[locale])) expect(leaf(MESSAGES[locale], key).trim(), `${locale}:${key}`).not.toBe('');
    }
  });
});
