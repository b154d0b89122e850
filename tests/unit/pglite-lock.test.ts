import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, DatabaseLockedError } from '@/db/client';

const dir = () => path.join(mkdtempSync(path.join(tmpdir(), 'tertulia-lock-')), 'pglite');

describe('embedded database lock', () => {
  it('refuses a folder another live process holds, and says what to do', () => {
    const d = dir();
    // The parent of this test process is alive for as long as the test runs.
    writeFileSync(`${d}.lock`, String(process.ppid));
    expect(() => acquireLock(d)).toThrow(DatabaseLockedError);
    expect(() => acquireLock(d)).toThrow(/already in use by another Tertulia process .*DATABASE_URL/s);
  });

  it('takes over the lock of a process that died', () => {
    const d = dir();
    writeFileSync(`${d}.lock`, '999999999');
    expect(acquireLock(d)).toBe(`${d}.lock`);
    expect(existsSync(`${d}.lock`)).toBe(true);
  });
});
