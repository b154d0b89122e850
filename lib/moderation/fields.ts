import { z } from 'zod';
import { optionalText } from '@/lib/validation/fields';
import { HIDE_REASONS } from '@/lib/policy/moderation';
import { targetRef } from './targets';

export const hideReasonField = z.enum(HIDE_REASONS, 'moderation.errors.reason');
export const noteField = optionalText(500);
/** Why the decision or sanction should be looked at again. */
export const appealBodyField = z.string().trim().min(10, 'moderation.errors.appealTooShort').max(2000, 'errors.tooLong');

/** A target plus what every decision on content carries. */
export const decisionInput = <T extends z.ZodRawShape>(shape: T) => z.intersection(targetRef, z.object({ note: noteField, ...shape }));
