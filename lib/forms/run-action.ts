import { DomainError, Invalid, RateLimited } from '@/lib/errors';
import { logger } from '@/lib/logging/logger';
import type { FormState } from './state';

// Never sent back to the page: secrets and files.
const NOT_ECHOED = /password|logo|file|token/i;
// The longest field of any form (a post's body, 20,000 characters): a bigger value is refused by its
// verb, and echoing megabytes back into the page would cost more than the attack did.
const MAX_ECHOED = 20_000;

export function formObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === 'string' && !key.startsWith('$')) out[key] = value;
  return out;
}

/** What goes back to the form so the person's typing survives an error. */
export function formValues(formData: FormData): Record<string, string> {
  return Object.fromEntries(
    Object.entries(formObject(formData))
      .filter(([key]) => !NOT_ECHOED.test(key))
      .map(([key, value]) => [key, value.slice(0, MAX_ECHOED)]),
  );
}

/** The one mapping from domain errors to what a form shows; the typed text always comes back. */
export async function runAction<T>(formData: FormData, fn: () => Promise<T>): Promise<FormState<T>> {
  try {
    return { status: 'ok', data: await fn() };
  } catch (e) {
    const values = formValues(formData);
    if (e instanceof Invalid) return { status: 'error', message: e.message, fieldErrors: e.fieldErrors, values, ...(e.details ? { details: e.details } : {}) };
    if (e instanceof RateLimited) {
      return { status: 'error', message: e.message, messageValues: { minutes: Math.ceil(e.retryAfterSeconds / 60) }, values };
    }
    if (e instanceof DomainError) return { status: 'error', message: e.message, ...(e.values ? { messageValues: e.values } : {}), values };
    logger.error({ err: e instanceof Error ? e.message : String(e) }, 'action failed');
    throw e;
  }
}
