import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const base = 'http://localhost:3063';
const [, , who, path, out, width, height, locale, ...anchors] = process.argv;
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/pw-'), { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'], viewport: { width: +width, height: +height }, locale });
const page = ctx.pages()[0] ?? (await ctx.newPage());
await page.goto(base + '/sign-in');
await page.fill('#field-email', who);
await page.fill('#field-password', 'ribera-demo-2026');
await page.click('main form button[type=submit]');
await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
if (locale === 'en') { await page.getByRole('button', { name: 'English' }).first().click().catch(() => {}); await page.waitForTimeout(1500); }
await page.goto(base + path);
await page.waitForTimeout(2500);
let i = 0;
for (const a of anchors) {
  await page.locator(a).first().scrollIntoViewIfNeeded();
  await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'start' }), a);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}-${i++}.png` });
}
await ctx.close();
