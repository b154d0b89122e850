// Builds the production bundle when the sources changed since the last build, and only then:
// the first `npm start` builds, later starts skip straight to serving.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOTS = ['app', 'components', 'lib', 'db/schema', 'public', 'proxy.ts', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];
const STAMP = path.join('.next', 'tertulia-source-fingerprint');

function walk(p, out) {
  if (!existsSync(p)) return;
  const st = statSync(p);
  if (st.isDirectory()) {
    for (const name of readdirSync(p).sort()) if (!name.startsWith('.')) walk(path.join(p, name), out);
  } else out.push(`${p}:${st.size}:${createHash('sha1').update(readFileSync(p)).digest('hex')}`);
}

export function sourceFingerprint() {
  const parts = [];
  for (const root of ROOTS) walk(root, parts);
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

export function ensureBuild({ quiet = false } = {}) {
  const fingerprint = sourceFingerprint();
  const fresh = existsSync(path.join('.next', 'BUILD_ID')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === fingerprint;
  if (fresh) return false;
  if (!quiet) console.log('Building Tertulia for production (first start, or the sources changed)…');
  const result = spawnSync('npx', ['next', 'build'], { stdio: quiet ? 'pipe' : 'inherit', env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(result.stdout?.toString() ?? '' + result.stderr?.toString());
    throw new Error('next build failed');
  }
  writeFileSync(STAMP, fingerprint);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBuild();
