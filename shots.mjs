import { chromium } from 'playwright-core';
const base = 'http://localhost:3050';
const [who, widthArg, locale, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: Number(widthArg), height: 900 }, locale: locale === 'en' ? 'en-GB' : 'es-ES' });
const page = await ctx.newPage();
await page.goto(base + '/sign-in');
await page.fill('#field-email', `${who}@clubribera.test`);
await page.fill('#field-password', 'ribera-demo-2026');
await page.click('main form button[type=submit]');
await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
if (locale === 'en') { await page.getByRole('button', { name: 'English', exact: true }).first().click(); await page.waitForTimeout(1500); }
for (const p of paths) {
  let target = p;
  if (p.startsWith('THREAD')) { await page.goto(base + '/groups/futbol'); const links = page.locator('main li a[href*="/groups/futbol/"]'); target = await (p === 'THREADLAST' ? links.last() : links.first()).getAttribute('href'); }
  await page.goto(base + target);
  await page.waitForTimeout(800);
  const name = `/tmp/shot-${who}-${widthArg}-${locale}-${p.replace(/[^a-z0-9]/gi, '_')}.png`;
  await page.screenshot({ path: name, fullPage: true });
  console.log(name);
}
await browser.close();
