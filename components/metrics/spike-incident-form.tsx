'use client';

import Link from 'next/link';
import { useTranslations } from '@/components/i18n/intl';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { useKeptForm } from '@/components/ui/use-kept-form';
import type { InboxActionResult } from '@/lib/complaints/inbox-action';
import type { FormState } from '@/lib/forms/state';

interface Props {
  /** The staff inbox's own action: grouping a spike is its bulk "group into incident". */
  action: (state: FormState<InboxActionResult>, data: FormData) => Promise<FormState<InboxActionResult>>;
  complaintIds: string[];
  suggestedTitle: string;
  types: readonly string[];
  formId: string;
}

/** Groups the spike's complaints into one incident, so one update reaches every author. */
export function SpikeIncidentForm({ action, complaintIds, suggestedTitle, types, formId }: Props) {
  const t = useTranslations('dashboard.radar');
  const ti = useTranslations('inbox.incidents');
  const { state, onSubmit } = useKeptForm(action);
  const { errors, message } = useFormErrors(state);
  if (state.status === 'ok' && state.data?.action === 'incident') {
    return (
      <Alert tone="success">
        {t('grouped')}{' '}
        <Link href={`/staff/incidents/${state.data.incidentId}`} className="font-semibold underline underline-offset-4">
          {t('openIncident')}
        </Link>
      </Alert>
    );
  }
  const select = 'min-h-11 rounded-md border border-zinc-400 bg-white px-3 py-2 text-base text-zinc-900';
  return (
    <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end print:hidden" aria-label={t('groupLabel', { title: suggestedTitle })}>
      {state.status === 'error' && message ? <Alert tone="error">{message}</Alert> : null}
      <input type="hidden" name="action" value="incident" />
      {complaintIds.map((id) => (
        <input key={id} type="hidden" name="complaintIds" value={id} />
      ))}
      <Field id={`${formId}-title`} name="title" label={t('incidentTitle')} defaultValue={state.values?.title ?? suggestedTitle} errors={errors('title')} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${formId}-type`} className="text-sm font-medium text-zinc-800">
          {t('incidentType')}
        </label>
        <select id={`${formId}-type`} name="type" defaultValue={state.values?.type ?? 'institutional'} className={select}>
          {types.map((type) => (
            <option key={type} value={type}>
              {ti(`types.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${formId}-level`} className="text-sm font-medium text-zinc-800">
          {t('incidentLevel')}
        </label>
        <select id={`${formId}-level`} name="level" defaultValue={state.values?.level ?? '2'} className={select}>
          {[1, 2, 3].map((level) => (
            <option key={level} value={level}>
              {ti(`levels.${level}`)}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton pendingLabel={t('grouping')}>{t('group', { count: complaintIds.length })}</SubmitButton>
    </form>
  );
}
