/**
 * The one check for every redirect whose target came from outside (a query string, a form, a stored
 * link): an open redirect would turn the community's own address into a phishing tool.
 *
 * Same-origin is decided the way the browser will read the target — by parsing it against the app's
 * origin with the WHATWG URL parser, which drops tabs and newlines and reads "\" as "/" — not by
 * looking at its first characters. The answer is the parsed, percent-encoded path, so what is checked
 * is exactly what is sent, and a control character can never reach a Location header.
 */
export function safeRedirectPath(value: unknown, appOrigin: string, fallback = '/'): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return fallback;
  const origin = new URL(appOrigin).origin;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin || url.username || url.password) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" parses to the path "//evil.example", which a browser reads as another host.
  if (!path.startsWith('/') || path.startsWith('//')) return fallback;
  return path;
}
