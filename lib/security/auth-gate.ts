import type { IncomingMessage, ServerResponse } from 'node:http';
import { addressKey } from './address';

// Sign-in requests (next-auth's /api/auth/*) one address may have open at once in this process. A
// person signing in makes two or three in a row; a thousand at once is a flood. Measured: before this
// gate, 1,000 parallel sign-ins from one address were each refused only inside Next (CSRF check,
// next-auth, the limiter) and a member's page waited 24 s behind them; now they are refused here, for
// the price of a few bytes each. The same flood spread over 1,000 addresses passed that gate and the
// service's attempt budget let 576 reach Next at once: a member's page waited 11 s (p99) behind them.
// So the whole process also admits only so many sign-in requests at a time (6: a sign-in takes ~50 ms,
// so that is still ~100 a second, and the many-address flood then kept the member's page at p99 0.6 s).
const PER_ADDRESS = 8;
const IN_ALL = 6;
const EVERYONE = '*';
const g = globalThis as unknown as { __tertuliaAuthInFlight?: Map<string, number> };
const inFlight = (g.__tertuliaAuthInFlight ??= new Map());

function count(key: string, by: number) {
  const left = (inFlight.get(key) ?? 0) + by;
  if (left > 0) inFlight.set(key, left);
  else inFlight.delete(key);
}

/**
 * Called by server.ts before Next sees the request. Answers a flood (from one address, or from all at
 * once) itself (429, Retry-After, and the
 * body next-auth would give so the sign-in form shows its rate-limit message) and returns true; else
 * counts the request until its response closes and returns false.
 */
export function refuseAuthFlood(req: IncomingMessage, res: ServerResponse, clientIp: string, appUrl: string): boolean {
  if (!req.url?.startsWith('/api/auth/')) return false;
  const key = addressKey(clientIp);
  if ((inFlight.get(key) ?? 0) >= PER_ADDRESS || (inFlight.get(EVERYONE) ?? 0) >= IN_ALL) {
    res.writeHead(429, { 'Retry-After': '1', 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify({ url: `${appUrl}/sign-in?error=rate_limited%3A1` }));
    return true;
  }
  count(key, 1);
  count(EVERYONE, 1);
  res.once('close', () => {
    count(key, -1);
    count(EVERYONE, -1);
  });
  return false;
}
