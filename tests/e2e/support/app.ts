import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { afterEach, expect, inject } from 'vitest';
import { newContext, VIEWPORTS } from './browser';

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/demo/accounts';

/** The demo community's logins, as the seed creates them. */
export const ACCOUNTS = DEMO_ACCOUNTS;

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
export const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts');

export function baseURL(): string {
  return inject('baseURL');
}

/** The page's main heading, the first thing a person reads. */
export function heading(page: Page): Promise<string | null> {
  return page.getByRole('heading', { level: 1 }).textContent();
}

export function url(pathname: string): string {
  return new URL(pathname, baseURL()).toString();
}

/** A unique, valid e-mail for one run. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@example.test`;
}

// ---------------------------------------------------------------------------------------------
// Screenshots
// ---------------------------------------------------------------------------------------------

function fileSafe(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^a-zA-Z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}

/** Saves a full-page PNG under tests/artifacts/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${fileSafe(name)}.png`);
  await page.screenshot({ path: file, fullPage: true, timeout: 10_000 });
  return file;
}

/**
 * Browsers for one test file: each person gets their own context (own cookies, own socket).
 * After each test, every page still open is photographed if the test failed, then closed.
 */
export function browsers() {
  const open: { who: string; context: BrowserContext }[] = [];

  afterEach(async ({ task }) => {
    const failed = task.result?.state === 'fail';
    const contexts = open.splice(0);
    for (const { who, context } of contexts) {
      if (failed) {
        for (const [i, page] of context.pages().entries()) {
          try {
            const file = await screenshot(page, `FAILED-${task.name}-${who}${i ? `-${i}` : ''}`);
            console.error(`[e2e] screenshot of ${who} at ${page.url()}: ${path.relative(ROOT, file)}`);
          } catch (e) {
            console.error(`[e2e] could not photograph ${who}: ${(e as Error).message}`);
          }
        }
      }
      await context.close().catch(() => undefined);
    }
  });

  return {
    /** A fresh browser for one person; returns its first tab. */
    async open(who: string, opts: { viewport?: keyof typeof VIEWPORTS; locale?: string } = {}): Promise<Page> {
      const context = await newContext({ viewport: opts.viewport ?? 'desktop', ...(opts.locale ? { locale: opts.locale } : {}) });
      open.push({ who, context });
      const page = context.pages()[0] ?? (await context.newPage());
      page.setDefaultTimeout(15_000);
      page.setDefaultNavigationTimeout(30_000);
      return page;
    },
    /** Closes a person's browser before the end of the test (they "leave"). */
    async close(page: Page): Promise<void> {
      const context = page.context();
      const i = open.findIndex((o) => o.context === context);
      if (i >= 0) open.splice(i, 1);
      await context.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Accessibility
// ---------------------------------------------------------------------------------------------

let axeSource: string | undefined;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA) on the page as it is now and fails on any violation.
 * The script is evaluated through the DevTools protocol: the app's nonce CSP would refuse a
 * <script> tag, and should.
 */
export async function expectAccessible(page: Page, label = page.url()): Promise<void> {
  axeSource ??= readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.waitForLoadState('load');
  // Judge the page at rest: not half-way through a CSS transition (a button fading back from its
  // disabled look measures as low contrast), nor under a hover effect left by the last click.
  await page.mouse.move(0, 0);
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity);
    await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => undefined))), new Promise((r) => setTimeout(r, 2_000))]);
  });
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  if (violations.length > 0) {
    const report = violations
      .map((v) => `- ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`).join('\n')}`)
      .join('\n');
    const file = await screenshot(page, `AXE-${label}`).catch(() => null);
    expect.fail(`Accessibility violations on ${label} (${page.url()}):\n${report}${file ? `\nscreenshot: ${path.relative(ROOT, file)}` : ''}`);
  }
}

/** Opens a path, checks it is accessible, and returns the HTTP response. */
export async function visit(page: Page, pathname: string, opts: { axe?: boolean } = {}): Promise<Response | null> {
  const response = await page.goto(url(pathname));
  if (opts.axe !== false) await expectAccessible(page, pathname);
  if (process.env.E2E_SCREENSHOTS) await screenshot(page, `${pathname}-${page.viewportSize()?.width ?? 0}`);
  return response;
}

// ---------------------------------------------------------------------------------------------
// Signing in
// ---------------------------------------------------------------------------------------------

/** The page's own content: the header also has submit buttons (the language switcher). */
export function main(page: Page) {
  return page.locator('main');
}

/**
 * Signs in through the form. Uses the sign-in page already open (e.g. after a redirect) or opens
 * it; checks its accessibility; waits until the app has taken the person somewhere else.
 */
export async function signIn(page: Page, email: string, opts: { password?: string; acceptTerms?: boolean } = {}): Promise<void> {
  if (!page.url().startsWith(url('/sign-in'))) await page.goto(url('/sign-in'));
  await expectAccessible(page, 'sign-in');
  await page.locator('#field-email').fill(email);
  await page.locator('#field-password').fill(opts.password ?? DEMO_PASSWORD);
  await page.locator('main form button[type=submit]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'), { timeout: 30_000 });
  await page.waitForLoadState('load');
  // A version of the terms published by an earlier journey (tests/e2e/privacy.test.ts) is accepted on
  // the way in, as the person would, unless the test is about that very step.
  if (opts.acceptTerms !== false) await acceptTermsIfAsked(page);
}

/** On the terms page (a new version, or a first visit of someone who joined without seeing them), accepts them. */
export async function acceptTermsIfAsked(page: Page): Promise<void> {
  if (new URL(page.url()).pathname !== '/terms') return;
  await expectAccessible(page, 'terms');
  await page.locator('main form button[type=submit]').click();
  await page.waitForURL((u) => u.pathname !== '/terms', { timeout: 30_000 });
  await page.waitForLoadState('load');
}

/** The text of the first visible element matching the selector (some exist once per breakpoint). */
export function visible(page: Page, selector: string) {
  return page.locator(selector).filter({ visible: true }).first();
}
