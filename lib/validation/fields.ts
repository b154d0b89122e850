import { z } from 'zod';
import { LOCALES } from '@/lib/i18n/config';
import { detectPii } from '@/lib/pii';

// Messages are i18n keys; forms translate them next to the field.
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'errors.required')
  .max(254, 'errors.tooLong')
  .pipe(z.email('errors.email'));

export const passwordField = z.string().min(10, 'errors.passwordTooShort').max(200, 'errors.tooLong');

/**
 * Text shown to everyone without a private case to keep it in (a person's name, a group's name and
 * description): personal data in it is refused outright, read as readers will see it.
 */
export const withoutPersonalData = (text: z.ZodString) => text.refine((v) => detectPii(v).length === 0, 'errors.personalData');

export const displayNameField = withoutPersonalData(z.string().trim().min(2, 'errors.nameTooShort').max(60, 'errors.tooLong'));

export const membershipNumberField = z.string().trim().min(1, 'errors.required').max(40, 'errors.tooLong');

export const localeField = z.enum(LOCALES, 'errors.invalidField');

/** Optional text: missing or blank becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'errors.tooLong')
    .optional()
    .transform((v) => (v ? v : null));

/** An optional field that, when filled in, must pass `field`; blank becomes null. */
export const optionalOf = <T extends z.ZodType>(field: T) =>
  z
    .union([z.literal(''), field])
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : (v as z.output<T>)));

export const uuidField = z.uuid('errors.invalidField');

// A retried or double-clicked submit carries the same key, and finds what the first one wrote.
export const idempotencyKeyField = z.string().trim().min(8, 'errors.invalidField').max(64, 'errors.invalidField');

/** A list's filter read from the address: a value it does not understand is ignored, never refused. */
export const urlFilter = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** A checkbox: a form sends "on" when ticked and nothing when not; a caller may pass a boolean. */
export const checkboxField = z.union([z.boolean(), z.literal('on').transform(() => true)]).default(false);

const imageBytes = z.instanceof(Uint8Array);

/** One optional image: a form sends its file input as a list (empty when the picker was left alone); a caller may pass the bytes. */
export const singleImageField = z
  .union([imageBytes, z.array(imageBytes).max(1, 'errors.invalidField')])
  .nullish()
  .transform((v) => (Array.isArray(v) ? v[0] : v) ?? null);
