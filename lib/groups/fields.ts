import { z } from 'zod';
import { withoutPersonalData } from '@/lib/validation/fields';

// What a group is called and what it is about; the same rules when creating and editing.
export const groupFields = {
  name: withoutPersonalData(z.string('errors.required').trim().min(1, 'errors.required').max(80, 'errors.tooLong')),
  description: withoutPersonalData(z.string().trim().max(2000, 'errors.tooLong')).optional().transform((v) => v ?? ''),
  // For English readers; empty, they read the Spanish.
  descriptionEn: withoutPersonalData(z.string().trim().max(2000, 'errors.tooLong')).optional().transform((v) => v ?? ''),
  visibility: z.enum(['open', 'request', 'private'], 'errors.invalidField').optional().transform((v) => v ?? 'open'),
};

/** Shared by every verb that names a group, a person or a request. */
export const idField = z.uuid('errors.invalidField');
