import { createServer, type IncomingMessage, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admit } from '@/lib/availability/gate';
import { runAction } from '@/lib/forms/run-action';
import { Invalid } from '@/lib/errors';
import { MAX_FIELDS } from '@/lib/security/form-precheck';

// server.ts's front door with a stand-in for Next that says how much body it was handed.
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    void admit(req, res).then(async (admitted: IncomingMessage | null) => {
      if (!admitted) return;
      let bytes = 0;
      for await (const chunk of admitted) bytes += (chunk as Buffer).length;
      res.end(JSON.stringify({ bytes }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A raw request, so that paths and headers go out exactly as written. */
function send(path: string, opts: { method?: string; headers?: Record<string, string>; body?: Buffer | string; chunked?: boolean } = {}) {
  return new Promise<{ status: number; text: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, headers: res.headers }));
    });
    // The server may answer and close before the body is all sent: that is the point.
    req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e)));
    if (opts.body !== undefined) {
      if (opts.chunked) req.setHeader('transfer-encoding', 'chunked');
      else req.setHeader('content-length', Buffer.byteLength(opts.body));
      req.write(opts.body);
    }
    req.end();
  });
}

const multipart = (fields: [string, string][], boundary = 'XyZ') => ({
  headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, accept: 'text/html', 'accept-language': 'en' },
  body: fields.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join('') + `--${boundary}--\r\n`,
});

describe('the front door refuses bad input before parsing it', () => {
  it('answers 400 for a path that is not text (%FF), with words in the visitor’s language', async () => {
    const res = await send('/groups/%FF', { headers: { 'accept-language': 'es' } });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/dirección no es válida/);
  });

  it('answers 413 for a body over its limit, without reading it: 40 MB multipart, 18 MB JSON', async () => {
    const big = await send('/groups/x', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=a', 'content-length': String(40 * 1024 * 1024), 'accept-language': 'en' } });
    expect(big.status).toBe(413);
    expect(big.text).toMatch(/too large \(at most 34 MB\)/);
    const json = await send('/groups/x', { method: 'POST', headers: { 'content-type': 'application/json', 'next-action': 'abc', 'content-length': String(18 * 1024 * 1024) } });
    expect(json.status).toBe(413);
    expect((await send('/x', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'a'.repeat(100), chunked: true })).status).toBe(411);
  });

  it('answers 400 for malformed multipart and 413 for a flood of fields, in milliseconds', async () => {
    const broken = await send('/groups/x', { method: 'POST', headers: { 'content-type': 'multipart/form-data' }, body: 'garbage' });
    expect(broken.status).toBe(400);
    const truncated = await send('/groups/x', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=XyZ' }, body: '--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated' });
    expect(truncated.status).toBe(400);
    const started = Date.now();
    const flood = await send('/groups/x', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Array.from({ length: 200_000 }, (_, i) => `f${i}=1`).join('&').slice(0, 1_000_000) });
    expect(flood.status).toBe(413);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('hands Next the whole body of a form within its limits', async () => {
    const form = multipart(Array.from({ length: MAX_FIELDS - 1 }, (_, i) => [`f${i}`, 'x']));
    const res = await send('/groups/x', { method: 'POST', ...form });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ bytes: Buffer.byteLength(form.body) });
  });

  it('never echoes more than the longest field back into the form state', async () => {
    const formData = new FormData();
    formData.set('body', 'x'.repeat(10 * 1024 * 1024));
    const state = await runAction(formData, async () => {
      throw new Invalid({ body: ['threads.errors.bodyTooLong'] });
    });
    expect(state.values?.body?.length).toBe(20_000);
  });
});
