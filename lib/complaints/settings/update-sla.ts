import { z } from 'zod';
import { PRIORITIES, type SlaPolicy } from '@/lib/complaints/sla';
import { type FieldErrors, Invalid } from '@/lib/errors';
import { defineVerb } from '@/lib/verb';
import { loadSlaPolicies, saveSlaPolicies } from './sla-store';
import { SLA_CLOCKS, SLA_MAX_MINUTES, SLA_UNIT_NAMES, SLA_UNITS, type SlaClock } from './sla-units';

const WHOLE = 'complaintSettings.errors.wholePositive';
const amount = z.coerce.number(WHOLE).int(WHOLE).positive(WHOLE);
// Without a unit the amount is in minutes, the unit the policy is kept in.
const unit = z.enum(SLA_UNIT_NAMES, 'errors.invalidField').default('minutes');

const input = z.object({
  priority: z.enum(PRIORITIES, 'errors.invalidField'),
  firstResponseValue: amount,
  firstResponseUnit: unit,
  updateValue: amount,
  updateUnit: unit,
  resolutionValue: amount,
  resolutionUnit: unit,
});

/** The clocks in minutes; the first answer and the update interval cannot promise less than the resolution does. */
function policyOf(data: z.output<typeof input>): SlaPolicy {
  const minutes = (clock: SlaClock) => data[`${clock}Value`] * SLA_UNITS[data[`${clock}Unit`]];
  const policy: SlaPolicy = { firstResponseMinutes: minutes('firstResponse'), updateMinutes: minutes('update'), resolutionMinutes: minutes('resolution') };
  const errors: FieldErrors = {};
  for (const clock of SLA_CLOCKS) if (minutes(clock) > SLA_MAX_MINUTES) errors[`${clock}Value`] = ['complaintSettings.errors.slaTooLong'];
  if (!errors.resolutionValue) {
    if (!errors.firstResponseValue && policy.firstResponseMinutes > policy.resolutionMinutes) errors.firstResponseValue = ['complaintSettings.errors.firstAfterResolution'];
    if (!errors.updateValue && policy.updateMinutes > policy.resolutionMinutes) errors.updateValue = ['complaintSettings.errors.updateAfterResolution'];
  }
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
  return policy;
}

/** One priority's three clocks, each written as a whole number of minutes, hours or days. */
export const updateSlaPolicy = defineVerb({
  permission: 'manage:complaint_settings',
  name: 'complaintSettings.updateSla',
  input,
  load: async (db, { priority }) => (await loadSlaPolicies(db))[priority],
  run: async ({ tx }, data) => {
    const policy = policyOf(data);
    await saveSlaPolicies(tx, { [data.priority]: policy });
    return policy;
  },
  audit: (policy, { priority }, before) => ({ action: 'complaint_settings.sla_update', targetType: 'sla_policy', targetId: priority, before, after: policy }),
});
