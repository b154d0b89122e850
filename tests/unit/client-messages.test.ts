import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { formatOptions, translate } from '@/components/i18n/intl';
import { type ClientArea, CLIENT_NAMESPACES, clientMessages, type CompiledMessages } from '@/lib/i18n/client-messages';
import { LOCALES, TIME_ZONE } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';

// Where each area's pages live; the root area covers pages outside the route groups.
const AREAS: Record<ClientArea, string[]> = {
  root: ['app/not-found.tsx', 'app/forbidden.tsx', 'app/layout.tsx'],
  standing: ['app/account-status'],
  terms: ['app/terms'],
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
    for (const m of src.matchAll(/(?:from |import\()'((?:@\/components|\.{1,2})\/[^']+)'/g)) {
      const next = resolveImport(file, m[1]!);
      if (next?.startsWith('components')) stack.push(next);
    }
    if (!/^'use client'/m.test(src)) continue;
    for (const m of src.matchAll(/useTranslations\('([^'.]+)/g)) found.set(m[1]!, file);
  }
  return found;
}

/** Every module a client component pulls into the browser bundle: those imported from 'use client' files, transitively. */
function clientModules(): string[] {
  const all = ['app', 'components'].flatMap(files).filter((f) => /\.tsx?$/.test(f));
  const stack = all.filter((f) => /^'use client'/m.test(readFileSync(f, 'utf8')));
  const seen = new Set<string>();
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from |import\()'((?:@\/(?:components|lib)|\.{1,2})\/[^']+)'/g)) {
      const next = resolveImport(file, m[1]!);
      if (next) stack.push(next);
    }
  }
  return [...seen];
}

type Values = Record<string, string | number | Date>;

/**
 * Values for every argument of a compiled message (icu-minify's arrays: [name] an argument,
 * [name, 1, branches] a select, [name, 2|3, branches] a plural, [name, 4] a number, [name, 5|6] a date
 * or time); `count` for the plurals, and a select takes its first branch or "other". Null when the
 * message has tags, which no client component formats.
 */
function sampleValues(nodes: unknown, count: number, firstBranch: boolean, out: Values = {}): Values | null {
  if (!Array.isArray(nodes)) return out;
  for (const node of nodes) {
    if (!Array.isArray(node)) continue;
    const [name, type, arg] = node as [string, unknown, unknown];
    if (type === undefined) out[name] = 'Ana';
    else if (typeof type !== 'number' || type === 0) return null;
    else if (type === 1 || type === 2 || type === 3) {
      const branches = arg as Record<string, unknown>;
      out[name] = type === 1 ? (firstBranch ? Object.keys(branches)[0]! : 'other') : count;
      for (const branch of Object.values(branches)) if (!sampleValues(branch, count, firstBranch, out)) return null;
    } else if (type === 4) out[name] = 1234.5;
    else out[name] = new Date('2026-03-08T17:30:00Z');
  }
  return out;
}

function leaves(messages: CompiledMessages, prefix = ''): [string, unknown][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' || Array.isArray(value) ? [[prefix + key, value] as [string, unknown]] : leaves(value, `${prefix}${key}.`),
  );
}

describe('messages sent to the browser', () => {
  it('are formatted in the browser exactly as next-intl formats them on the server', () => {
    let checked = 0;
    for (const locale of LOCALES) {
      // Untyped keys: the paths come from walking the messages.
      const server = createTranslator({ locale, messages: MESSAGES[locale], timeZone: TIME_ZONE }) as unknown as (key: string, values: Values) => string;
      const areas = Object.keys(CLIENT_NAMESPACES) as ClientArea[];
      const everything = { locale, messages: Object.assign({}, ...areas.map((a) => clientMessages(a, locale))) as CompiledMessages, options: formatOptions(TIME_ZONE) };
      for (const [path, compiled] of leaves(everything.messages)) {
        for (const [count, firstBranch] of [[1, true], [5, false], [0, false]] as const) {
          const values = sampleValues(compiled, count, firstBranch);
          if (!values) continue;
          expect(translate(everything, path, values), `${locale} ${path}`).toBe(server(path, values));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('never ship next-intl’s client, whose message parser alone is 9 kB of gzipped JavaScript', () => {
    for (const file of clientModules()) expect(readFileSync(file, 'utf8'), `${file} imports next-intl: use @/components/i18n/intl`).not.toMatch(/from 'next-intl'/);
  });

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
