import { describe, expect, it } from 'vitest';
import payloads from '@/tests/fixtures/redirect-payloads.json';
import { safeRedirectPath } from '@/lib/security/safe-redirect';

type Payload = { payload: string; expect: string | null; note: string };
const ORIGIN = 'http://localhost:3000';

describe('safeRedirectPath on the payload table', () => {
  it.each((payloads as Payload[]).map((p) => [p.note, p.payload, p.expect] as const))('%s', (_note, payload, expected) => {
    expect(safeRedirectPath(payload, ORIGIN, '/fallback')).toBe(expected ?? '/fallback');
  });

  it('never answers something a browser would read as another site or a broken header', () => {
    for (const { payload } of payloads as Payload[]) {
      const path = safeRedirectPath(payload, ORIGIN);
      expect(new URL(path, ORIGIN).origin, payload).toBe(ORIGIN);
      expect(path).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
    }
  });

  it('falls back for anything that is not a string', () => {
    for (const value of [undefined, null, 42, ['/groups'], { href: '/groups' }]) expect(safeRedirectPath(value, ORIGIN)).toBe('/');
  });
});
