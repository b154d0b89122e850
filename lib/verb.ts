import type { z } from 'zod';
import { Forbidden, Invalid, type FieldErrors } from './errors';

// Shared messages live under `errors.`, an area's own under `<area>.errors.` (its own message file).
const MESSAGE_KEY = /^([a-z][a-zA-Z]*\.)?errors\.[a-zA-Z]+$/;

/** zod parse that turns issues into field errors whose messages are i18n keys. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join('.') || '_form';
    const message = MESSAGE_KEY.test(issue.message) ? issue.message : 'errors.invalidField';
    (fieldErrors[field] ??= []).push(message);
  }
  throw new Invalid(fieldErrors);
}

export function assertCan(allowed: boolean): asserts allowed {
  if (!allowed) throw new Forbidden();
}
