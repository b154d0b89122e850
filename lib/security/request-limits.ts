import type { IncomingHttpHeaders } from 'node:http';

/**
 * Limits checked in server.ts before any byte of a body is read or parsed, so that a flood or a
 * malformed request costs a header's worth of work and gets an answer that says what was wrong.
 */
// A post carries up to four 8 MB images (next.config.ts lets server actions take 34 MB): only a
// multipart form carries files.
export const MULTIPART_BODY_LIMIT = 34 * 1024 * 1024;
// Any other body (a form without files, a server action's encoded arguments) is text a person typed.
export const TEXT_BODY_LIMIT = 1024 * 1024;
const BODYLESS = new Set(['GET', 'HEAD', 'OPTIONS', 'DELETE']);

export type EarlyRefusal = { status: 400; reason: 'badPath' } | { status: 411 | 413; reason: 'tooLarge'; limit: number };

export function bodyLimitFor(headers: IncomingHttpHeaders): number {
  return /^multipart\/form-data/i.test(headers['content-type'] ?? '') ? MULTIPART_BODY_LIMIT : TEXT_BODY_LIMIT;
}

export function earlyRefusal(req: { method?: string; url?: string; headers: IncomingHttpHeaders }): EarlyRefusal | null {
  const url = req.url ?? '/';
  const path = url.split('?')[0] ?? '/';
  try {
    // `%FF` and the like are no text at all: Next would fail on them deep inside with a 500.
    decodeURIComponent(path);
  } catch {
    return { status: 400, reason: 'badPath' };
  }
  if (BODYLESS.has(req.method ?? 'GET')) return null;
  const limit = bodyLimitFor(req.headers);
  const length = req.headers['content-length'];
  if (length === undefined) {
    // A body of unknown length cannot be held to a limit before it is read: browsers always send one.
    return req.headers['transfer-encoding'] ? { status: 411, reason: 'tooLarge', limit } : null;
  }
  return Number(length) > limit ? { status: 413, reason: 'tooLarge', limit } : null;
}
