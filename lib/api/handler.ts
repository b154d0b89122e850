import { z } from 'zod';
import { Forbidden } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { authenticateApiToken, type ApiCaller } from '@/lib/integrations/queries';
import type { ApiScope } from '@/lib/integrations/scopes';
import { consume } from '@/lib/security/rate-limit';
import { withIdempotency } from './idempotency';
import { type Answer, apiLocale, fieldProblems, problemAnswer, problemFrom, respond, translate } from './problem';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What an operation's own code receives: the caller, and its path, query and body already checked. */
export interface OperationContext<P, Q, B> {
  caller: ApiCaller;
  params: P;
  query: Q;
  /** The body as checked (strict schema output). */
  body: B;
  /** The body as sent: verbs parse their own input again, from what the caller sent. */
  rawBody: Record<string, unknown>;
  /** A key for the verbs that take one, derived from the token and the caller's `Idempotency-Key`. */
  idempotencyKey: string;
  locale: Locale;
}

export interface Operation<P extends z.ZodObject = z.ZodObject, Q extends z.ZodObject = z.ZodObject, B extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  id: string;
  method: Method;
  /** OpenAPI style: `/complaints/{number}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** Every one of these is needed. */
  scopes: ApiScope[];
  params?: P;
  query?: Q;
  /** A strict object: an unknown field is refused by name. */
  body?: B;
  response: R;
  /** 200, or 201 for what creates. */
  status?: number;
  run: (ctx: OperationContext<z.output<P>, z.output<Q>, z.output<B>>) => Promise<z.input<R>>;
}

export function defineOperation<P extends z.ZodObject, Q extends z.ZodObject, B extends z.ZodType, R extends z.ZodType>(op: Operation<P, Q, B, R>): Operation<P, Q, B, R> {
  return op;
}

/** zod issues as field problems: an unknown field is named, everything else keeps its message key. */
function issuesOf(error: z.ZodError, prefix = ''): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) (out[[base, key].filter(Boolean).join('.')] ??= []).push('integrations.errors.unknownField');
      continue;
    }
    const message = /^([a-z][a-zA-Z]*\.)?errors\.[a-zA-Z]+$/.test(issue.message) ? issue.message : 'errors.invalidField';
    (out[base || '_body'] ??= []).push(message);
  }
  return out;
}

const MAX_BODY_BYTES = 64 * 1024;

class BadRequest extends Error {
  constructor(
    readonly code: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly status = 400,
  ) {
    super(code);
  }
}

async function readBody(req: Request): Promise<{ raw: Record<string, unknown>; text: string }> {
  const text = await req.text();
  if (text.length > MAX_BODY_BYTES) throw new BadRequest('integrations.errors.bodyTooLarge', undefined, 413);
  if (text.trim() === '') return { raw: {}, text: '' };
  if (!/^application\/(.+\+)?json\b/i.test(req.headers.get('content-type') ?? '')) throw new BadRequest('integrations.errors.notJson', undefined, 415);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BadRequest('integrations.errors.notJson');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new BadRequest('integrations.errors.notObject');
  return { raw: parsed as Record<string, unknown>, text };
}

function check<S extends z.ZodType>(schema: S | undefined, value: unknown, where: string): z.output<S> {
  if (!schema) return {} as z.output<S>;
  const result = schema.safeParse(value);
  if (!result.success) throw new BadRequest('integrations.errors.invalidBody', issuesOf(result.error, where === 'body' ? '' : where));
  return result.data;
}

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * The route handler of an operation: the token (401), its rate limit (429), its scopes (403), the
 * path, query and strict body (400 naming each bad field), then the operation, whose verbs apply the
 * staff member's own policy; a POST with an `Idempotency-Key` answers a retry with the first result.
 * No CORS header is ever sent: browsers on other sites cannot read the answers.
 */
export function route(op: Operation) {
  return async (req: Request, context?: RouteContext): Promise<Response> => {
    const locale = apiLocale(req);
    const refused = (e: unknown): Answer =>
      e instanceof BadRequest ? problemAnswer(e.status, 'invalid_request', translate(locale, e.code), e.fieldErrors ? { errors: fieldProblems(locale, e.fieldErrors) } : {}) : problemFrom(e, locale, op.id);
    try {
      const caller = await authenticateApiToken(req.headers.get('authorization'));
      await consume('api', caller.tokenId);
      const missing = op.scopes.filter((s) => !caller.scopes.has(s));
      if (missing.length > 0) throw new Forbidden('integrations.errors.scope', { scopes: missing.join(', ') });
      const params = check(op.params, (await context?.params) ?? {}, 'path');
      const query = check(op.query, Object.fromEntries(new URL(req.url).searchParams), 'query');
      const { raw, text } = op.method === 'GET' ? { raw: {}, text: '' } : await readBody(req);
      const body = check(op.body, raw, 'body');
      const execute = async (idempotencyKey: string): Promise<Answer> => {
        try {
          const result = await op.run({ caller, params, query, body, rawBody: raw, idempotencyKey, locale });
          return { status: op.status ?? 200, body: result };
        } catch (e) {
          return refused(e);
        }
      };
      return respond(op.method === 'GET' ? await execute(crypto.randomUUID()) : await withIdempotency(caller.tokenId, req, text, locale, execute));
    } catch (e) {
      return respond(refused(e));
    }
  };
}
