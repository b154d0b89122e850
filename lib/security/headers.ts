/**
 * Headers every response carries, static files included (proxy.ts does not run for /_next/static, so
 * server.ts sets these before Next answers). The per-page ones (CSP with its nonce, framing, referrer)
 * stay in proxy.ts.
 */
export function transportHeaders(appUrl: string): [name: string, value: string][] {
  const headers: [string, string][] = [['X-Content-Type-Options', 'nosniff']];
  // Only where the site is served over TLS: on plain http the header would be ignored, and sent from
  // a development address it would pin "localhost" to https in the developer's browser for a year.
  if (new URL(appUrl).protocol === 'https:') headers.push(['Strict-Transport-Security', 'max-age=31536000; includeSubDomains']);
  return headers;
}
