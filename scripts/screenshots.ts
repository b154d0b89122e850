// `npm run screenshots -- <out-dir>`: full-page pictures of the pages a member and a manager judge
// the product by, at a phone and a desktop width, in Spanish and English, from a running server
// with the demo community (APP_URL, default http://localhost:3000). For before/after comparisons.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/demo/accounts';

const base = process.env.APP_URL ?? 'http://localhost:3000';
const out = path.resolve(process.argv[2] ?? 'docs/screenshots/after');
const WIDTHS = { phone: 390, desktop: 1366 } as const;
const LANGS = ['es', 'en'] as const;

/** Each page: who looks at it and how to reach it from the UI (links, not ids known in advance). */
const PAGES: { name: string; who: string; open: (page: Page) => Promise<boolean> }[] = [
  { name: 'thread', who: DEMO_ACCOUNTS.member, open: openThread },
  { name: 'profile', who: DEMO_ACCOUNTS.member, open: async (page) => (await openThread(page)) && follow(page, /^\/members\/[^/]+$/) },
  { name: 'composer', who: DEMO_ACCOUNTS.member, open: async (page) => (await goto(page, '/board/new'), true) },
  { name: 'board', who: DEMO_ACCOUNTS.member, open: async (page) => (await goto(page, '/board'), true) },
  { name: 'complaint', who: DEMO_ACCOUNTS.member, open: async (page) => (await goto(page, '/board'), follow(page, /^\/board\/\d+$/)) },
  { name: 'audit', who: DEMO_ACCOUNTS.manager, open: async (page) => (await goto(page, '/admin/audit'), true) },
  { name: 'members', who: DEMO_ACCOUNTS.manager, open: async (page) => (await goto(page, '/admin/members'), true) },
  { name: 'at-risk', who: DEMO_ACCOUNTS.manager, open: async (page) => (await goto(page, '/staff/at-risk'), true) },
  { name: 'dashboard', who: DEMO_ACCOUNTS.manager, open: async (page) => (await goto(page, '/admin/dashboard'), true) },
];

async function goto(page: Page, pathname: string): Promise<void> {
  await page.goto(new URL(pathname, base).toString(), { waitUntil: 'load' });
}

/** Opens the first link in the page's content whose address matches. */
async function follow(page: Page, href: RegExp): Promise<boolean> {
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const target = hrefs.find((h) => href.test(h));
  if (!target) return false;
  await goto(page, target);
  return true;
}

async function openThread(page: Page): Promise<boolean> {
  await goto(page, '/groups');
  if (!(await follow(page, /^\/groups\/(?!new$)[^/]+$/))) return false;
  const group = new URL(page.url()).pathname;
  return follow(page, new RegExp(`^${group}/(?!new$|members$|settings$)[^/]+$`));
}

async function signIn(page: Page, email: string): Promise<void> {
  await goto(page, '/sign-in');
  await page.locator('#field-email').fill(email);
  await page.locator('#field-password').fill(DEMO_PASSWORD);
  await page.locator('main form button[type=submit]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'), { timeout: 30_000 });
}

async function main() {
  mkdirSync(out, { recursive: true });
  const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args });
  try {
    for (const who of new Set(PAGES.map((p) => p.who))) {
      const context = await browser.newContext({ viewport: { width: WIDTHS.desktop, height: 900 } });
      const page = await context.newPage();
      await signIn(page, who);
      for (const lang of LANGS) {
        // The account's own language wins over the browser's: switch it as a member would.
        await page.locator(`button[name=locale][value=${lang}]`).filter({ visible: true }).first().click();
        await page.waitForLoadState('load');
        for (const { name, open } of PAGES.filter((p) => p.who === who)) {
          for (const [widthName, width] of Object.entries(WIDTHS)) {
            await page.setViewportSize({ width, height: widthName === 'phone' ? 844 : 900 });
            if (!(await open(page))) {
              console.log(`${name}: not reachable from the UI here, skipped`);
              break;
            }
            const file = path.join(out, `${name}-${lang}-${width}.png`);
            await page.screenshot({ path: file, fullPage: true });
            console.log(path.relative(process.cwd(), file));
          }
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
