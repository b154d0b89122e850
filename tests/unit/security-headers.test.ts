import { describe, expect, it } from 'vitest';
import { transportHeaders } from '@/lib/security/headers';

describe('headers on every response', () => {
  it('sends HSTS only when APP_URL is https, and nosniff always', () => {
    expect(Object.fromEntries(transportHeaders('https://comunidad.example.org'))).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    });
    expect(Object.fromEntries(transportHeaders('http://localhost:3000'))).toEqual({ 'X-Content-Type-Options': 'nosniff' });
  });
});
