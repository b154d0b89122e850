'use client';

import { useTranslations } from '@/components/i18n/intl';
import { Alert } from '@/components/ui/alert';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { useKeptForm } from '@/components/ui/use-kept-form';
import type { FormAction } from '@/lib/forms/state';

/** Step 2: which column holds each field, as guessed from the header; the manager corrects it. */
export function RosterMapping({ importId, header, fields, mapping, action }: { importId: string; header: string[]; fields: readonly string[]; mapping: Record<string, number | null>; action: FormAction }) {
  const t = useTranslations('roster');
  const { state, onSubmit } = useKeptForm(action);
  const { errors, message, value } = useFormErrors(state);
  const options = [{ value: '', label: t('mapping.none') }, ...header.map((h, i) => ({ value: String(i), label: t('mapping.column', { n: i + 1, header: h || '—' }) }))];
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {state.status === 'ok' ? <Alert tone="success">{t('mapping.saved')}</Alert> : null}
      {message && state.status === 'error' ? <Alert tone="error">{message}</Alert> : null}
      <input type="hidden" name="importId" value={importId} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {fields.map((f) => (
          <SelectField key={f} id={`field-map-${f}`} name={f} label={t(`fields.${f}`)} options={options} defaultValue={value(f) ?? (mapping[f] === null || mapping[f] === undefined ? '' : String(mapping[f]))} errors={errors(f)} />
        ))}
      </div>
      <div>
        <SubmitButton variant="secondary" pendingLabel={t('mapping.saving')}>
          {t('mapping.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}
