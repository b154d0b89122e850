import { describe, expect, it } from 'vitest';
import { hashInvitationCode, newInvitationCode, newLinkToken, normalizeInvitationCode, sha256 } from '@/lib/security/tokens';

describe('invitation codes', () => {
  it('are three groups of four unambiguous characters', () => {
    const { code } = newInvitationCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('are different every time', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newInvitationCode().code));
    expect(codes.size).toBe(200);
  });

  it('hash the same however the person typed them', () => {
    const { code, hash } = newInvitationCode();
    expect(hashInvitationCode(code.toLowerCase())).toBe(hash);
    expect(hashInvitationCode(code.replace(/-/g, ' '))).toBe(hash);
    expect(hashInvitationCode(`  ${code.replace(/-/g, '')} `.replace(/ /g, ''))).toBe(hash);
  });

  it('read O as zero and I or L as one', () => {
    expect(normalizeInvitationCode('O1IL-0000-0000')).toBe('011100000000');
  });

  it('reject wrong lengths and foreign characters', () => {
    expect(normalizeInvitationCode('ABCD-EFGH')).toBeNull();
    expect(normalizeInvitationCode('ABCD-EFGH-JKU!')).toBeNull();
    expect(() => hashInvitationCode('nope')).toThrow();
  });
});

describe('link tokens', () => {
  it('store only a hash of the token', () => {
    const { token, hash } = newLinkToken();
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(hash).toBe(sha256(token));
    expect(hash).not.toContain(token);
  });
});
