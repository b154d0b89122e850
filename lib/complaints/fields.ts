import { z } from 'zod';

export { idempotencyKeyField, uuidField } from '@/lib/validation/fields';
import { PRIORITIES } from './sla';

export const MAX_TITLE = 140;
export const MAX_BODY = 10_000;
export const MAX_PHOTOS = 4;


export const titleField = z.string('errors.required').trim().min(8, 'complaints.errors.titleTooShort').max(MAX_TITLE, 'errors.tooLong');

export const complaintBodyField = z.string('errors.required').trim().min(20, 'complaints.errors.bodyTooShort').max(MAX_BODY, 'complaints.errors.bodyTooLong');

export const messageField = z.string('complaints.errors.messageEmpty').trim().min(1, 'complaints.errors.messageEmpty').max(MAX_BODY, 'complaints.errors.bodyTooLong');


export const photosField = z.array(z.instanceof(Uint8Array)).max(MAX_PHOTOS, 'complaints.errors.tooManyPhotos').default([]);

export const priorityField = z.enum(PRIORITIES, 'errors.invalidField');

/** Forms send "true"/"false" from a button's value; other callers send booleans. */
export const flagField = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')], 'errors.invalidField');

/**
 * The author's answer to the personal-data guard: take the data out, or keep it — masked in public,
 * whole only in the private case. Empty until the guard has asked.
 */
export const piiDecisionField = z
  .enum(['', 'remove', 'keep_private'], 'errors.invalidField')
  .optional()
  .transform((v) => v || null);

export type PiiDecision = 'remove' | 'keep_private';
