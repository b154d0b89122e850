import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ClientArea, CLIENT_NAMESPACES, clientMessages } from '@/lib/i18n/client-messages';

// Where each area's pages live; the root area covers pages outside the route groups.
const AREAS: Record<ClientArea, string[]> = {
  root: ['app/not-found.tsx', 'app/forbidden.tsx', 'app/layout.tsx'],
  standing: ['app/account-status'],
  auth: ['app/(auth)'],
  member: ['app/(member)'],
  board: ['app/(board)'],
  staff: ['app/(staff)'],
  admin: ['app/(admin)'],
};

function files(p: string): string[] {
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p).flatMap((name) => files(path.join(p, name)));
}

function resolveImport(from: string, spec: string): string | null {
  const bare = spec.startsWith('@/') ? spec.slice(2) : path.join(path.dirname(from), spec);
  for (const ext of ['.tsx', '.ts', '/index.tsx', '/index.ts']) if (existsSync(bare + ext)) return bare + ext;
  return null;
}

/** The top-level namespaces that client components reachable from these files pass to useTranslations. */
function clientNamespaces(roots: string[]): Map<string, string> {
  const found = new Map<string, string>();
  const seen = new Set<string>();
  const stack = roots.flatMap(files).filter((f) => /\.tsx?$/.test(f));
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/from '((?:@\/components|\.{1,2})\/[^']+)'/g)) {
      const next = resolveImport(file, m[1]!);
      if (next?.startsWith('components')) stack.push(next);
    }
    if (!/^'use client'/m.test(src)) continue;
    for (const m of src.matchAll(/useTranslations\('([^'.]+)/g)) found.set(m[1]!, file);
  }
  return found;
}

describe('messages sent to the browser', () => {
  it.each(Object.keys(AREAS) as ClientArea[])('cover every namespace the %s area’s client components translate with', (area) => {
    const listed = new Set<string>(CLIENT_NAMESPACES[area]);
    for (const [ns, file] of clientNamespaces(AREAS[area])) expect(listed.has(ns), `${file} uses "${ns}": add it to CLIENT_NAMESPACES.${area}`).toBe(true);
  });

  it('leave out what no client component of the area needs', () => {
    const member = clientMessages('member', 'es');
    expect(Object.keys(member)).toContain('threads');
    expect(Object.keys(member)).not.toContain('complaintSettings');
    expect(JSON.stringify(member).length).toBeLessThan(JSON.stringify(clientMessages('admin', 'es')).length);
  });
});
