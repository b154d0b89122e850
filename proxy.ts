import { type NextRequest, NextResponse } from 'next/server';
import { SESSION_COOKIES } from '@/lib/auth/session-cookie';
import { isCrossSiteWrite } from '@/lib/security/same-origin';

/**
 * Three jobs: refusing state-changing requests from other sites, a nonce-based CSP on every response,
 * and sending signed-out visitors to sign in.
 * Every page, action, route handler and socket checks the account again; this is not the guard.
 */
// The board decides for itself: it is open to visitors only when the manager made it public. The REST API
// (/api/v1) authenticates each request itself, by bearer token or session; /developers is its public reference.
const PUBLIC_PREFIXES = ['/board', '/sign-in', '/join', '/forgot-password', '/reset-password', '/api/auth', '/api/health', '/media/brand/', '/account-status', '/unsubscribe', '/api/unsubscribe', '/unlock', '/api/metrics', '/api/v1', '/developers'];

function isPublic(pathname: string): boolean {
  return PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(p.endsWith('/') ? p : `${p}/`));
}

function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    // Style attributes carry the brand colours and a few measured widths; scripts stay strictly
    // nonce-bound (docs/decisions/0009-csp-styles-and-images.md). No image is a data: or blob: URL.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self'`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // A mail client's one-click unsubscribe (RFC 8058) POSTs to the very link shown in the e-mail; the
  // page's own button is a server action (Next-Action header) and stays on the page.
  if (request.method === 'POST' && pathname.startsWith('/unsubscribe/') && !request.headers.has('next-action')) {
    const url = request.nextUrl.clone();
    url.pathname = `/api${pathname}`;
    return NextResponse.rewrite(url);
  }
  // server.ts hands the configured address to next-auth as NEXTAUTH_URL.
  const appUrl = process.env.NEXTAUTH_URL ?? request.nextUrl.origin;
  if (isCrossSiteWrite({ method: request.method, pathname, headers: request.headers, requestOrigin: request.nextUrl.origin }, appUrl)) {
    return new NextResponse(null, { status: 403 });
  }
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!signedIn && !isPublic(pathname)) {
    const url = request.nextUrl.clone();
    url.pathname = '/sign-in';
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== 'production');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  requestHeaders.set('x-tertulia-pathname', pathname + search);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  response.headers.set('X-Frame-Options', 'DENY');
  response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico|socket.io).*)',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
};
