import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import { OPERATIONS } from '@/lib/api/catalogue';
import { openApiDocument } from '@/lib/api/openapi';
import type { Operation } from '@/lib/api/handler';

/**
 * The REST API as an integrator meets it: each call goes to the route file Next would run for that
 * address (app/api/v1/…/route.ts), and every answer is checked against the OpenAPI document the
 * server publishes — the contract test — whatever the test itself asserts.
 */
export const document = openApiDocument('http://localhost:3000');

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(document, 'openapi');

export const checked: { operation: string; status: number }[] = [];

type RouteModule = Record<string, (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>>;

function match(op: Operation, pathname: string): Record<string, string> | null {
  const names: string[] = [];
  const pattern = new RegExp(`^${op.path.replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`);
  const m = pattern.exec(pathname);
  return m ? Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)])) : null;
}

const pointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

export async function api(token: string | null, method: string, url: string, opts: { body?: unknown; rawBody?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const full = new URL(url, 'http://localhost:3000/api/v1/');
  const pathname = full.pathname.replace(/^\/api\/v1/, '');
  let found: { op: Operation; params: Record<string, string> } | undefined;
  for (const op of OPERATIONS) {
    const params = op.method === method ? match(op, pathname) : null;
    if (params) found = { op, params };
  }
  if (!found) throw new Error(`no operation for ${method} ${pathname}`);
  const file = path.join(process.cwd(), 'app/api/v1', found.op.path.replace(/\{(\w+)\}/g, '[$1]'), 'route.ts');
  const mod = (await import(/* @vite-ignore */ file)) as RouteModule;
  const handler = mod[method];
  if (!handler) throw new Error(`${file} has no ${method}`);
  const headers: Record<string, string> = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...opts.headers };
  const text = opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  if (text !== undefined) headers['content-type'] ??= 'application/json';
  const res = await handler(new Request(full, { method, headers, body: text }), { params: Promise.resolve(found.params) });
  const raw = await res.text();
  const body = raw ? JSON.parse(raw) : null;
  // The contract: the status is documented for the operation, and the body matches its schema.
  const responses = (document.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>)[found.op.path]![method.toLowerCase()]!.responses;
  const documented = responses[String(res.status)];
  expect(documented, `${found.op.id} answered ${res.status}, which the document does not list`).toBeDefined();
  const type = res.status >= 400 ? 'application/problem+json' : 'application/json';
  expect(res.headers.get('content-type')).toBe(type);
  const ref = `openapi#/paths/${pointer(found.op.path)}/${method.toLowerCase()}/responses/${res.status}/content/${pointer(type)}/schema`;
  const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  if (!validate(body)) throw new Error(`${found.op.id} ${res.status} does not match the OpenAPI document: ${ajv.errorsText(validate.errors)}\n${raw.slice(0, 2000)}`);
  // CORS stays closed: no answer ever lets another site's script read it.
  expect(res.headers.get('access-control-allow-origin')).toBeNull();
  checked.push({ operation: found.op.id, status: res.status });
  return { status: res.status, headers: res.headers, body };
}
