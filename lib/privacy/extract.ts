import { z } from 'zod';
import { NotFound } from '@/lib/errors';
import { defineVerb } from '@/lib/verb';
import { blockedOf } from './blocked';

/**
 * The privacy officer (a manager, `extract:blocked_data`) extracts one erased person's blocked data for
 * an authority's request (LOPDGDD art. 32). Without a reason it is refused; every extraction is audited
 * with the reason, and returns the records as JSON for the officer to hand over.
 */
export const extractBlockedData = defineVerb({
  name: 'privacy.extractBlocked',
  permission: 'extract:blocked_data',
  standing: 'active',
  input: z.object({
    subjectId: z.uuid('errors.invalidField'),
    reason: z.string().trim().min(10, 'privacy.errors.reasonRequired').max(1000, 'errors.invalidField'),
  }),
  run: async ({ tx, now }, { subjectId }) => {
    const records = await blockedOf(tx, subjectId);
    if (records.length === 0) throw new NotFound();
    return { subjectId, extractedAt: now.toISOString(), records };
  },
  audit: (result, { reason }) => ({ action: 'privacy.blocked_extracted', targetType: 'user', targetId: result.subjectId, reason, after: { records: result.records.length } }),
});
