import { z } from 'zod';

/** A key the form sends with each new entry, so a double submit creates one. */
export const idempotencyKeyField = z.string().trim().min(8, 'errors.invalidField').max(100, 'errors.invalidField').optional();

export const directionField = z.enum(['up', 'down'], 'errors.invalidField');

/** An unticked checkbox sends nothing: absent means "no". */
export const checkboxField = z
  .union([z.boolean(), z.literal('on').transform(() => true)], 'errors.invalidField')
  .optional()
  .transform((v) => v ?? false);
