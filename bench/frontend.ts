// The front-end budget: first-load JavaScript per route from the production build, and Lighthouse on
// the pages members open most, signed in.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const JS_BUDGET_KB = 150;
export const LIGHTHOUSE_BUDGET = { performance: 95, accessibility: 100 };

export interface RouteJs {
  route: string;
  /** Gzipped JavaScript the browser loads before the route is interactive, KB (1,024 bytes). */
  firstLoadKb: number;
  /** Whether the route is a signed-in member's page (the budget applies to those). */
  member: boolean;
}

const NEXT = '.next';
// Boundaries that only load when they render (not found, forbidden, a crash), not on a normal visit.
const NOT_FIRST_LOAD = /not-found|forbidden|unauthorized|global-error/;

function clientManifests(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) clientManifests(p, out);
    else if (name === 'page_client-reference-manifest.js') out.push(p);
  }
  return out;
}

/**
 * Per route: the framework's root chunks plus every chunk its layouts and page need
 * (`entryJSFiles` of the route's client reference manifest), each gzipped, as `next build` used to
 * print it ("First Load JS"); Next 16 with Turbopack no longer prints it.
 */
export function firstLoadJs(): RouteJs[] {
  const build = JSON.parse(readFileSync(path.join(NEXT, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  const gz = new Map<string, number>();
  const size = (file: string) => {
    let n = gz.get(file);
    if (n === undefined) gz.set(file, (n = gzipSync(readFileSync(path.join(NEXT, file))).length));
    return n;
  };
  const g = globalThis as { __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> };
  const routes: RouteJs[] = [];
  for (const file of clientManifests(path.join(NEXT, 'server', 'app'))) {
    g.__RSC_MANIFEST = {};
    // The manifest is a script that assigns to globalThis.__RSC_MANIFEST: our own build output.
    new Function(readFileSync(file, 'utf8'))();
    for (const [route, manifest] of Object.entries(g.__RSC_MANIFEST)) {
      if (NOT_FIRST_LOAD.test(route)) continue;
      const files = new Set(build.rootMainFiles);
      for (const [entry, chunks] of Object.entries(manifest.entryJSFiles)) if (!NOT_FIRST_LOAD.test(entry)) for (const c of chunks) files.add(c);
      const bytes = [...files].reduce((s, f) => s + size(f), 0);
      const clean = route.replace(/\/page$/, '').replace(/\/\([^)]+\)/g, '') || '/';
      routes.push({ route: clean, firstLoadKb: bytes / 1024, member: /^\/\((member|board|staff|admin)\)/.test(route) });
    }
  }
  delete g.__RSC_MANIFEST;
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}

export interface LighthouseResult {
  name: string;
  path: string;
  performance: number;
  accessibility: number;
  /** Largest contentful paint and total blocking time of the run, ms. */
  lcpMs: number;
  tbtMs: number;
  /** Accessibility audits that failed, by id. */
  failedAccessibility: string[];
}

/**
 * Lighthouse's default (mobile, simulated slow 4G and a 4× slower CPU) on each page as a signed-in
 * member, in the system Chromium. One run per page: the scores move by a point or two between runs.
 */
export async function runLighthouse(base: string, cookie: string, pages: { name: string; path: string }[]): Promise<LighthouseResult[]> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'tertulia-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    userDataDir,
  });
  try {
    const out: LighthouseResult[] = [];
    for (const page of pages) {
      const result = await lighthouse(base + page.path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        extraHeaders: { Cookie: cookie },
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const { categories, audits } = result.lhr;
      const a11yIds = categories.accessibility!.auditRefs.map((r) => r.id);
      out.push({
        name: page.name,
        path: page.path,
        performance: Math.round((categories.performance!.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility!.score ?? 0) * 100),
        lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
        tbtMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
        failedAccessibility: a11yIds.filter((id) => audits[id]?.score === 0),
      });
    }
    return out;
  } finally {
    chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
