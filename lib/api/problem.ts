import { DomainError, Invalid, RateLimited } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { dynamicTranslatorFor } from '@/lib/i18n/translator';
import { logger } from '@/lib/logging/logger';

/** One field's problem: where, a stable code (the message key) and the message in the caller's language. */
export interface FieldProblem {
  field: string;
  code: string;
  detail: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export const PROBLEM_TYPE = 'application/problem+json';

/** The API's default language is English; `Accept-Language: es…` answers in Spanish. */
export function apiLocale(req: Request): Locale {
  return /^\s*es\b/i.test(req.headers.get('accept-language') ?? '') ? 'es' : 'en';
}

export function translate(locale: Locale, key: string, values?: Record<string, string | number>): string {
  const t = dynamicTranslatorFor(locale);
  try {
    return t.has(key) ? t(key, values) : t('errors.invalidField');
  } catch {
    return t('errors.invalidField');
  }
}

/** An answer before it is sent: kept as it is for an idempotent replay. */
export interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  replayed?: boolean;
}

/** An RFC 9457 problem document, with `code` and, for invalid input, the fields that are wrong. */
export function problemAnswer(status: number, code: string, detail: string, extra: { errors?: FieldProblem[]; headers?: Record<string, string> } = {}): Answer {
  const body = { type: 'about:blank', title: TITLES[status] ?? 'Error', status, code, detail, ...(extra.errors ? { errors: extra.errors } : {}) };
  return { status, body, ...(extra.headers ? { headers: extra.headers } : {}) };
}

/** The answer as sent: JSON, a problem document for errors, never cached, and no CORS header at all. */
export function respond(answer: Answer): Response {
  const type = answer.status >= 400 ? PROBLEM_TYPE : 'application/json';
  const headers = { 'content-type': type, 'cache-control': 'no-store', ...answer.headers, ...(answer.replayed ? { 'idempotent-replayed': 'true' } : {}) };
  return new Response(answer.status === 204 ? null : JSON.stringify(answer.body), { status: answer.status, headers });
}

export const problem = (...args: Parameters<typeof problemAnswer>) => respond(problemAnswer(...args));

export function fieldProblems(locale: Locale, fieldErrors: Record<string, string[]>): FieldProblem[] {
  return Object.entries(fieldErrors).flatMap(([field, codes]) => codes.map((code) => ({ field, code, detail: translate(locale, code) })));
}

/** The one mapping from what a verb or query threw to the API's answer. A 404 and a 403 say nothing more. */
export function problemFrom(e: unknown, locale: Locale, operation: string): Answer {
  if (e instanceof DomainError) {
    const detail = () => translate(locale, e.message, e.values);
    if (e instanceof Invalid) return problemAnswer(422, e.code, translate(locale, 'integrations.errors.invalidBody'), { errors: fieldProblems(locale, e.fieldErrors) });
    if (e instanceof RateLimited) {
      return problemAnswer(429, e.code, translate(locale, 'errors.rateLimited', { minutes: Math.ceil(e.retryAfterSeconds / 60) }), { headers: { 'retry-after': String(e.retryAfterSeconds) } });
    }
    if (e.status === 401) return problemAnswer(401, e.code, detail(), { headers: { 'www-authenticate': 'Bearer realm="tertulia"' } });
    return problemAnswer(e.status, e.code, e.status === 404 ? translate(locale, 'errors.notFound') : detail());
  }
  logger.error({ err: e, operation }, 'api operation failed');
  return problemAnswer(500, 'internal', translate(locale, 'integrations.errors.unexpected'));
}
