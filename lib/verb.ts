import type { z } from 'zod';
import { Forbidden, Invalid, type FieldErrors } from './errors';

/** zod parse that turns issues into field errors whose messages are i18n keys. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join('.') || '_form';
    const message = issue.message.startsWith('errors.') ? issue.message : 'errors.invalidField';
    (fieldErrors[field] ??= []).push(message);
  }
  throw new Invalid(fieldErrors);
}

export function assertCan(allowed: boolean): asserts allowed {
  if (!allowed) throw new Forbidden();
}
