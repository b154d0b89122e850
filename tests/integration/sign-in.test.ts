import { describe, expect, it } from 'vitest';
import { authenticate, BadCredentials } from '@/lib/auth/authenticate';
import { RateLimited } from '@/lib/errors';
import { createUser, PASSWORD } from './factories';

describe('sign-in', () => {
  it('answers the same for an unknown e-mail and a wrong password', async () => {
    const user = await createUser('member');
    await expect(authenticate({ email: user.email, password: 'wrong password', ip: 'si-1' })).rejects.toBeInstanceOf(BadCredentials);
    await expect(authenticate({ email: 'nobody@test.example', password: 'wrong password', ip: 'si-1' })).rejects.toBeInstanceOf(BadCredentials);
  });

  it('refuses an account and address after 10 failures, even with the right password, and says for how long', async () => {
    const user = await createUser('member');
    for (let i = 0; i < 10; i++) {
      await expect(authenticate({ email: user.email, password: `wrong ${i}`, ip: 'si-2' })).rejects.toBeInstanceOf(BadCredentials);
    }
    const blocked = authenticate({ email: user.email, password: PASSWORD, ip: 'si-2' });
    await expect(blocked).rejects.toBeInstanceOf(RateLimited);
    const error = (await blocked.catch((e: RateLimited) => e)) as RateLimited;
    expect(error.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // Another address is not punished for someone else's guesses.
    await expect(authenticate({ email: user.email, password: PASSWORD, ip: 'si-3' })).resolves.toMatchObject({ id: user.id });
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const user = await createUser('member');
    for (let i = 0; i < 9; i++) await authenticate({ email: user.email, password: 'nope nope', ip: 'si-4' }).catch(() => undefined);
    await authenticate({ email: user.email, password: PASSWORD, ip: 'si-4' });
    await authenticate({ email: user.email, password: 'nope nope', ip: 'si-4' }).catch(() => undefined);
    await expect(authenticate({ email: user.email, password: PASSWORD, ip: 'si-4' })).resolves.toMatchObject({ id: user.id });
  });
});
