import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

// Scripts and tools that load the detector with require() get each package's CommonJS build, which
// is not the one vitest (ESM) loads: the detector must work with both.
// Inside the project, so that require() finds the packages.
mkdirSync('node_modules/.cache', { recursive: true });
const dir = mkdtempSync(path.resolve('node_modules/.cache/pii-cjs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('detectPii loaded as CommonJS', () => {
  it('finds phone numbers starting 6–9 and the other kinds', () => {
    const outfile = path.join(dir, 'pii.cjs');
    buildSync({ entryPoints: [path.resolve('lib/pii/index.ts')], bundle: true, platform: 'node', format: 'cjs', packages: 'external', outfile, logLevel: 'silent' });
    const script = `const { detectPii } = require(${JSON.stringify(outfile)});
      const texts = ['móvil 628 101 218', 'fijo 91 123 45 67', 'otro 712345678', '+44 20 7946 0958', 'DNI 12345678Z'];
      console.log(JSON.stringify(texts.map((t) => detectPii(t).map((f) => f.kind))));`;
    const out = execFileSync(process.execPath, ['-e', script], { cwd: process.cwd(), encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([['phone'], ['phone'], ['phone'], ['phone'], ['dni']]);
  });
});
