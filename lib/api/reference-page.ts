import { readFile } from 'node:fs/promises';
import path from 'node:path';
import escapeHtml from 'escape-html';
import type { Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/translator';

// The renderer's own browser build, served from this origin (the CSP allows scripts from nowhere else).
const PACKAGE = path.join(process.cwd(), 'node_modules', '@scalar', 'api-reference');
const SCALAR = path.join(PACKAGE, 'dist', 'browser', 'standalone.js');
const g = globalThis as unknown as { __tertuliaScalar?: Promise<Buffer>; __tertuliaScalarVersion?: Promise<string> };

/** The renderer's version: the script's address changes with it, so browsers may keep it for a year. */
export function referenceVersion(): Promise<string> {
  g.__tertuliaScalarVersion ??= readFile(path.join(PACKAGE, 'package.json'), 'utf8').then((text) => String((JSON.parse(text) as { version?: unknown }).version ?? '0'));
  return g.__tertuliaScalarVersion;
}

export function referenceScript(): Promise<Buffer> {
  g.__tertuliaScalar ??= readFile(SCALAR).catch((e: unknown) => {
    g.__tertuliaScalar = undefined;
    throw e;
  });
  return g.__tertuliaScalar;
}

// The renderer's light theme greys and method colours fall below WCAG AA contrast: darker ones here.
const CONTRAST = `.light-mode, .scalar-app, :root { --scalar-color-2: #3f3f46; --scalar-color-3: #52525b; --scalar-color-green: #166534; --scalar-color-blue: #1d4ed8; --scalar-color-orange: #9a3412; --scalar-color-red: #b91c1c; --scalar-color-yellow: #854d0e; --scalar-color-purple: #6b21a8; --scalar-color-accent: #1d4ed8; }`;

/**
 * /developers: a plain HTML document rather than a React page, so that the renderer owns its part of the
 * DOM without a hydration to fight. Both scripts carry the request's CSP nonce; the renderer is told
 * not to fetch its fonts, and connect-src 'self' keeps it from calling out to anything else.
 * docs/decisions/0015-rest-api.md says more.
 */
export function referencePage(locale: Locale, nonce: string, version: string): string {
  const t = translatorFor(locale);
  const e = (s: string) => escapeHtml(s);
  const config = JSON.stringify({ url: '/api/v1/openapi.json', withDefaultFonts: false, hideClientButton: true, telemetry: false, agent: { disabled: true }, hideDarkModeToggle: true, forceDarkModeState: 'light', customCss: CONTRAST });
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t('integrations.developers.metaTitle'))}</title>
<style nonce="${e(nonce)}">
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#18181b;background:#fff}
.intro{max-width:60rem;margin:0 auto;padding:1.5rem 1rem 1rem}
.intro h1{font-size:1.5rem;margin:0 0 .5rem}
.intro p{margin:.25rem 0;line-height:1.5}
.intro a{color:#1d4ed8;text-decoration:underline;text-underline-offset:4px}
</style>
</head>
<body>
<header class="intro">
<h1>${e(t('integrations.developers.title'))}</h1>
<p>${e(t('integrations.developers.intro'))}</p>
<p><a href="/api/v1/openapi.json" download="tertulia-openapi.json">${e(t('integrations.developers.download'))}</a></p>
<noscript><p>${e(t('integrations.developers.noScript'))}</p></noscript>
</header>
<main id="api-reference" aria-label="${e(t('integrations.developers.title'))}"></main>
<script nonce="${e(nonce)}" src="/developers/reference.js?v=${e(version)}"></script>
<script nonce="${e(nonce)}">Scalar.createApiReference('#api-reference', ${config.replace(/</g, '\\u003c')});</script>
</body>
</html>`;
}
