import { decode, encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { decodeSession, encodeSession } from '@/lib/auth/jwt';

const secret = 'unit-test-secret-0123456789-0123456789';

describe('session tokens with a cached key', () => {
  it('read the tokens next-auth writes, and next-auth reads ours', async () => {
    const theirs = await encode({ token: { uid: 'a', sv: 3 }, secret });
    expect(await decodeSession({ token: theirs, secret })).toMatchObject({ uid: 'a', sv: 3 });
    const ours = await encodeSession({ token: { uid: 'b', sv: 1 }, secret });
    expect(await decode({ token: ours, secret })).toMatchObject({ uid: 'b', sv: 1 });
  });

  it('refuse a token made with another secret or already expired', async () => {
    const other = await encodeSession({ token: { uid: 'c' }, secret: `${secret}-other` });
    await expect(decodeSession({ token: other, secret })).rejects.toThrow();
    const expired = await encodeSession({ token: { uid: 'd' }, secret, maxAge: -60 });
    await expect(decodeSession({ token: expired, secret })).rejects.toThrow();
  });
});
