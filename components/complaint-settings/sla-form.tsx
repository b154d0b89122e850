'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useState } from 'react';
import { FieldFrame, fieldIds } from '@/components/ui/field-frame';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Priority } from '@/lib/complaints/sla';
import type { SlaClock, SlaUnit } from '@/lib/complaints/settings/sla-units';
import { FormMessage } from './form-message';
import { HiddenFields } from './hidden-fields';
import { useSettingsAction } from './settings-action';

const CLOCKS: SlaClock[] = ['firstResponse', 'update', 'resolution'];
const UNITS: SlaUnit[] = ['minutes', 'hours', 'days'];
const CONTROL = 'min-h-11 rounded-md border border-zinc-400 bg-white px-3 text-base text-zinc-900 aria-[invalid]:border-red-700';

export type SlaFormValues = Record<SlaClock, { value: number; unit: SlaUnit }>;

/** A number and its unit; the unit names follow the number ("1 hora", "4 horas") as it is typed. */
function ClockField({ priority, clock, amount, unit, errors }: { priority: Priority; clock: SlaClock; amount: string; unit: string; errors?: string[] }) {
  const t = useTranslations('complaintSettings.sla');
  const [typed, setTyped] = useState(amount);
  const fieldId = `sla-${priority}-${clock}`;
  // Spanish and English both say the singular for exactly one.
  const form = Number(typed) === 1 ? 'one' : 'other';
  return (
    <FieldFrame fieldId={fieldId} label={t(`clocks.${clock}`)} errors={errors}>
      <div className="flex gap-2">
        <input
          id={fieldId}
          name={`${clock}Value`}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          required
          defaultValue={amount}
          onChange={(e) => setTyped(e.target.value)}
          {...fieldIds(fieldId, false, errors)}
          className={`${CONTROL} w-24 min-w-0`}
        />
        {/* React applies a select's defaultValue only when it mounts: a new default (the unit sent
            with a refused form) needs a new element, or the form's reset would undo the choice. */}
        <select key={unit} name={`${clock}Unit`} aria-label={t('unitLabel', { clock: t(`clocks.${clock}`) })} defaultValue={unit} className={`${CONTROL} min-w-0 flex-1 sm:max-w-36`}>
          {UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`units.${u}.${form}`)}
            </option>
          ))}
        </select>
      </div>
    </FieldFrame>
  );
}

/** One priority's three times, each a whole number and a unit; errors show under the time they concern. */
export function SlaForm({ priority, initial }: { priority: Priority; initial: SlaFormValues }) {
  const t = useTranslations('complaintSettings.sla');
  const { state, action, errors, message, value } = useSettingsAction();
  const label = t(`priorities.${priority}`);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate aria-labelledby={`sla-${priority}-title`}>
      <h3 id={`sla-${priority}-title`} className="text-lg font-semibold">
        {label}
      </h3>
      <HiddenFields intent="updateSla" fields={{ priority }} />
      <div className="grid gap-4 sm:grid-cols-3">
        {CLOCKS.map((clock) => (
          <ClockField
            key={clock}
            priority={priority}
            clock={clock}
            amount={value(`${clock}Value`) ?? String(initial[clock].value)}
            unit={value(`${clock}Unit`) ?? initial[clock].unit}
            errors={errors(`${clock}Value`) ?? errors(`${clock}Unit`)}
          />
        ))}
      </div>
      <FormMessage state={state} message={message} success={t('saved', { priority: label })} />
      <div>
        <SubmitButton variant="secondary" pendingLabel={t('applying')}>
          {t('save')}
          <span className="sr-only">: {label}</span>
        </SubmitButton>
      </div>
    </form>
  );
}
