import { z } from 'zod';

export { idempotencyKeyField, uuidField } from '@/lib/validation/fields';
import { MAX_BODY, MAX_IMAGES, MAX_POLL_OPTIONS, MAX_TITLE, REACTIONS } from './constants';


export const bodyField = z.string('threads.errors.bodyEmpty').trim().min(1, 'threads.errors.bodyEmpty').max(MAX_BODY, 'threads.errors.bodyTooLong');

export const titleField = z.string('errors.required').trim().min(3, 'threads.errors.titleTooShort').max(MAX_TITLE, 'errors.tooLong');


export const imagesField = z.array(z.instanceof(Uint8Array)).max(MAX_IMAGES, 'threads.errors.tooManyImages').default([]);

export const reactionField = z.enum(REACTIONS, 'errors.invalidField');

export const pollField = z
  .object({
    question: z.string().trim().min(3, 'threads.errors.pollQuestion').max(200, 'errors.tooLong'),
    options: z
      .array(z.string().trim().max(100, 'errors.tooLong'))
      .transform((options) => [...new Set(options.filter(Boolean))])
      .pipe(z.array(z.string()).min(2, 'threads.errors.pollOptions').max(MAX_POLL_OPTIONS, 'threads.errors.pollOptions')),
    multiple: z.boolean().default(false),
    closesAt: z.coerce.date('errors.invalidField').nullable().default(null),
  })
  .refine((p) => p.closesAt === null || p.closesAt.getTime() > Date.now(), { message: 'threads.errors.pollClosesInPast', path: ['closesAt'] });
