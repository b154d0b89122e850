import { z } from 'zod';
import { getDb } from '@/db/client';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { DEFAULT_SLA } from '@/lib/complaints/sla';
import { parseInput } from '@/lib/verb';
import { loadSlaPolicies, saveSlaPolicies } from './sla-store';
import { legalMonthPreset } from './sla-units';

const SLA_PRESETS = ['defaults', 'spain_legal_month'] as const;

const input = z.object({ preset: z.enum(SLA_PRESETS, 'errors.invalidField') });

/** Every priority at once: back to Tertulia's defaults, or to Spain's one-month legal answer. */
export async function applySlaPreset({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  assertCan(actor, 'manage:complaint_settings');
  const { preset } = parseInput(input, raw);
  return getDb().transaction(async (tx) => {
    const before = await loadSlaPolicies(tx);
    const after = preset === 'defaults' ? DEFAULT_SLA : legalMonthPreset(before);
    await saveSlaPolicies(tx, after);
    await recordAudit(tx, { actorId: actor.id, action: 'complaint_settings.sla_preset', targetType: 'sla_policy', reason: preset, before, after });
    return after;
  });
}
