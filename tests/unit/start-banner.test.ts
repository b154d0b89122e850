import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/demo/accounts';
import { startBanner } from '@/lib/logging/start-banner';

describe('the start banner', () => {
  it('is one line with the address and, on the demo community, the logins', () => {
    const line = startBanner('http://localhost:3000', true, 8_400);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('http://localhost:3000');
    expect(line).toContain('8.4 s');
    for (const email of [DEMO_ACCOUNTS.member, DEMO_ACCOUNTS.staff, DEMO_ACCOUNTS.manager]) expect(line).toContain(email);
    expect(line).toContain(DEMO_PASSWORD);
  });

  it('never lists demo logins on a real community', () => {
    const line = startBanner('https://comunidad.example.org', false, 3_000);
    expect(line).not.toContain(DEMO_PASSWORD);
    expect(line).not.toContain(DEMO_ACCOUNTS.member);
  });
});
