/**
 * Cross-site request forgery: a state-changing request (a server action, a route handler's POST) is
 * taken only when the browser says it comes from this site — an Origin equal to ours, or, from the rare
 * browser that sends no Origin, fetch metadata `Sec-Fetch-Site: same-origin`. Next.js checks server
 * actions only when an Origin is present; a request with none went through.
 */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// A browser never attaches a bearer token by itself, so such an API call cannot be forged cross-site
// (adding the header from another site needs a CORS preflight this app never grants).
const hasBearerToken = (headers: Headers) => /^bearer\s+\S/i.test(headers.get('authorization') ?? '');

export interface OriginCheck {
  method: string;
  pathname: string;
  headers: Headers;
  /** The origin the request was addressed to (its Host), besides the configured APP_URL. */
  requestOrigin: string;
}

export function isCrossSiteWrite(req: OriginCheck, appUrl: string): boolean {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return false;
  if (req.pathname.startsWith('/api/') && hasBearerToken(req.headers)) return false;
  const origin = req.headers.get('origin');
  if (origin !== null) return origin !== new URL(appUrl).origin && origin !== req.requestOrigin;
  return req.headers.get('sec-fetch-site') !== 'same-origin';
}
