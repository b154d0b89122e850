const RATE_LIMITED = /^rate_limited:(\d+)$/;

/**
 * next-auth answers every refusal from authorize() the same way (a URL carrying the error code, HTTP
 * 200 or 401). A rate limit must say so to HTTP too, so clients and proxies back off: 429 with
 * Retry-After. The body stays next-auth's, which the sign-in form reads for its message.
 */
export async function withTooManyRequests(response: Response): Promise<Response> {
  if (!response.headers.get('content-type')?.includes('application/json')) return response;
  const body = (await response.clone().json().catch(() => null)) as { url?: unknown } | null;
  const url = typeof body?.url === 'string' ? URL.parse(body.url, 'http://x') : null;
  const seconds = RATE_LIMITED.exec(url?.searchParams.get('error') ?? '')?.[1];
  if (!seconds) return response;
  const headers = new Headers(response.headers);
  headers.set('Retry-After', seconds);
  return new Response(response.body, { status: 429, headers });
}
