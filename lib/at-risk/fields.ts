import { z } from 'zod';
import { followUpChannelEnum, followUpOutcomeEnum, valueBandEnum } from '@/db/schema';
import { Invalid } from '@/lib/errors';

export { idempotencyKeyField, uuidField } from '@/lib/validation/fields';

export const CHANNELS = followUpChannelEnum.enumValues;
export const OUTCOMES = followUpOutcomeEnum.enumValues;
export const VALUE_BANDS = valueBandEnum.enumValues;
export const MAX_NOTE = 2_000;

export const channelField = z.enum(CHANNELS, 'atRisk.errors.channel');
export const outcomeField = z.enum(OUTCOMES, 'atRisk.errors.outcome');
export const noteField = z.string('atRisk.errors.noteEmpty').trim().min(1, 'atRisk.errors.noteEmpty').max(MAX_NOTE, 'errors.tooLong');

/** A day from a date field (due at its end, UTC) or an exact instant from another caller. */
export const dueField = z
  .union([z.date(), z.string().trim()], 'atRisk.errors.dueDate')
  .transform((v, ctx) => {
    const at = v instanceof Date ? v : /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T23:59:59.999Z`) : new Date(v);
    if (v === '' || Number.isNaN(at.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'atRisk.errors.dueDate' });
      return z.NEVER;
    }
    return at;
  });

/** A due date already gone is refused next to its field: a follow-up starts with time to do it. */
export function assertDueAhead(dueAt: Date, now: Date): void {
  if (dueAt <= now) throw new Invalid({ dueAt: ['atRisk.errors.dueInPast'] });
}
