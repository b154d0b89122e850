import { z } from 'zod';
import { DEFAULT_SLA } from '@/lib/complaints/sla';
import { defineVerb } from '@/lib/verb';
import { loadSlaPolicies, saveSlaPolicies } from './sla-store';
import { legalMonthPreset } from './sla-units';

const SLA_PRESETS = ['defaults', 'spain_legal_month'] as const;

const input = z.object({ preset: z.enum(SLA_PRESETS, 'errors.invalidField') });

/** Every priority at once: back to Tertulia's defaults, or to Spain's one-month legal answer. */
export const applySlaPreset = defineVerb({
  permission: 'manage:complaint_settings',
  name: 'complaintSettings.applySlaPreset',
  input,
  load: (db) => loadSlaPolicies(db),
  run: async ({ tx }, { preset }, before) => {
    const after = preset === 'defaults' ? DEFAULT_SLA : legalMonthPreset(before);
    await saveSlaPolicies(tx, after);
    return after;
  },
  audit: (after, { preset }, before) => ({ action: 'complaint_settings.sla_preset', targetType: 'sla_policy', reason: preset, before, after }),
});
