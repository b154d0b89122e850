import type { IncomingHttpHeaders } from 'node:http';
import escapeHtml from 'escape-html';
import { lastKnownBrand } from '@/lib/brand/queries';
import { isLocale, type Locale, LOCALE_COOKIE } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/messages';

export const RETRY_SECONDS = 5;

/** Outside Next (server.ts), without the database: the visitor's cookie, their browser's language, the brand's. */
export function requestLocale(headers: IncomingHttpHeaders): Locale {
  const cookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([a-z]{2})`).exec(headers.cookie ?? '')?.[1];
  if (isLocale(cookie)) return cookie;
  const browser = /^\s*([a-z]{2})/i.exec(headers['accept-language'] ?? '')?.[1]?.toLowerCase();
  if (isLocale(browser)) return browser;
  return lastKnownBrand().defaultLocale;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024) || Math.round(bytes / 1024) / 1000} MB`;

function document(locale: Locale, title: string, body: string[], extra: { refresh?: number; action?: string } = {}): string {
  const brand = lastKnownBrand();
  const p = brand.palette;
  const refresh = extra.refresh ? `<meta http-equiv="refresh" content="${extra.refresh}">` : '';
  const action = extra.action ? `<p><a href="" style="background:${p.primary};color:${p.primaryForeground};padding:.7rem 1.1rem;border-radius:.4rem;text-decoration:none;display:inline-block">${escapeHtml(extra.action)}</a></p>` : '';
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">${refresh}<title>${escapeHtml(title)} · ${escapeHtml(brand.name)}</title></head><body style="margin:0;font-family:system-ui,sans-serif;color:#18181b"><header style="background:${p.primary};color:${p.primaryForeground};padding:.9rem 1rem;font-weight:600">${escapeHtml(brand.name)}</header><main style="max-width:32rem;margin:0 auto;padding:4rem 1rem"><h1 style="font-size:1.8rem">${escapeHtml(title)}</h1>${body.map((line) => `<p style="color:#3f3f46;line-height:1.5">${escapeHtml(line)}</p>`).join('')}${action}</main></body></html>`;
}

/** The database is out of reach: a branded page that reloads itself until it is back. */
export function unavailablePage(locale: Locale): string {
  const t = MESSAGES[locale].unavailable;
  return document(locale, t.title, [t.body, t.retrying], { refresh: RETRY_SECONDS, action: t.retryNow });
}

export function unavailableText(locale: Locale): string {
  const t = MESSAGES[locale].unavailable;
  return `${t.title}. ${t.body} ${t.retrying}`;
}

export function refusalText(locale: Locale, reason: 'badPath' | 'tooLarge' | 'tooManyFields' | 'malformed', limit = 0): string {
  return MESSAGES[locale].requestLimits[reason].replace('{limit}', megabytes(limit));
}

export function refusalPage(locale: Locale, reason: Parameters<typeof refusalText>[1], limit = 0): string {
  return document(locale, refusalText(locale, reason, limit), []);
}
