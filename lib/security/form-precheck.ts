import { createRequire } from 'node:module';
import { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';

// Next's own copy of busboy, the parser its server actions use: the same reading of the same bytes.
const busboy = createRequire(import.meta.url)('next/dist/compiled/busboy') as (config: {
  headers: IncomingMessage['headers'];
  limits: { fields: number; parts: number; files: number; fieldSize: number };
}) => NodeJS.WritableStream & { on(event: string, listener: (...args: never[]) => void): unknown };

// No form of the app has more than a few dozen fields (a staff bulk action, 50 ids); files: four images.
export const MAX_FIELDS = 1000;
const MAX_FILES = 10;

export type PrecheckResult = { ok: true; body: Buffer } | { ok: false; status: 400 | 413; reason: 'malformed' | 'tooManyFields' };

export function isFormPost(req: IncomingMessage): boolean {
  return req.method === 'POST' && /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(req.headers['content-type'] ?? '');
}

async function readAll(req: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Reads a form body (its length already held to the limit) and parses it once with field and file
 * limits, so that a malformed multipart body answers 400 and a flood of fields 413, in a few
 * milliseconds, instead of failing deep inside Next with a 500 after blocking the event loop.
 */
export async function precheckForm(req: IncomingMessage, fieldSize: number): Promise<PrecheckResult> {
  const body = await readAll(req);
  return new Promise((resolve) => {
    let parser;
    try {
      parser = busboy({ headers: req.headers, limits: { fields: MAX_FIELDS, parts: MAX_FIELDS + MAX_FILES, files: MAX_FILES, fieldSize } });
    } catch {
      return resolve({ ok: false, status: 400, reason: 'malformed' });
    }
    const tooMany = () => resolve({ ok: false, status: 413, reason: 'tooManyFields' });
    parser.on('file', (_name: never, stream: never) => (stream as Readable).resume());
    parser.on('fieldsLimit', tooMany);
    parser.on('partsLimit', tooMany);
    parser.on('filesLimit', tooMany);
    parser.on('error', () => resolve({ ok: false, status: 400, reason: 'malformed' }));
    parser.on('close', () => resolve({ ok: true, body }));
    parser.end(body);
  });
}

/** The same request with its body read already: what Next is handed after the check. */
export function replayRequest(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  // `complete`: an IncomingMessage that ends incomplete destroys its socket, and the answer with it.
  Object.assign(copy, { method: req.method, url: req.url, headers: req.headers, rawHeaders: req.rawHeaders, httpVersion: req.httpVersion, httpVersionMajor: req.httpVersionMajor, httpVersionMinor: req.httpVersionMinor, complete: true });
  copy.push(body);
  copy.push(null);
  return copy;
}
