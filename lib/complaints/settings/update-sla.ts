import { z } from 'zod';
import { getDb } from '@/db/client';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { PRIORITIES, type SlaPolicy } from '@/lib/complaints/sla';
import { type FieldErrors, Invalid } from '@/lib/errors';
import { parseInput } from '@/lib/verb';
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

/**
 * One priority's three clocks, each written as a whole number of minutes, hours or days. The first
 * answer and the update interval cannot promise less than the resolution does.
 */
export async function updateSlaPolicy({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  assertCan(actor, 'manage:complaint_settings');
  const data = parseInput(input, raw);
  const minutes = (clock: SlaClock) => data[`${clock}Value`] * SLA_UNITS[data[`${clock}Unit`]];
  const policy: SlaPolicy = { firstResponseMinutes: minutes('firstResponse'), updateMinutes: minutes('update'), resolutionMinutes: minutes('resolution') };

  const errors: FieldErrors = {};
  for (const clock of SLA_CLOCKS) if (minutes(clock) > SLA_MAX_MINUTES) errors[`${clock}Value`] = ['complaintSettings.errors.slaTooLong'];
  if (!errors.resolutionValue) {
    if (!errors.firstResponseValue && policy.firstResponseMinutes > policy.resolutionMinutes) errors.firstResponseValue = ['complaintSettings.errors.firstAfterResolution'];
    if (!errors.updateValue && policy.updateMinutes > policy.resolutionMinutes) errors.updateValue = ['complaintSettings.errors.updateAfterResolution'];
  }
  if (Object.keys(errors).length > 0) throw new Invalid(errors);

  await getDb().transaction(async (tx) => {
    const before = (await loadSlaPolicies(tx))[data.priority];
    await saveSlaPolicies(tx, { [data.priority]: policy });
    await recordAudit(tx, { actorId: actor.id, action: 'complaint_settings.sla_update', targetType: 'sla_policy', targetId: data.priority, before, after: policy });
  });
  return policy;
}
