'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextareaField } from '@/components/ui/textarea-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import type { FormState } from '@/lib/forms/state';

type State = FormState<{ updated: number }>;
const IDLE: State = { status: 'idle' };

/**
 * One official update for every live complaint of the incident. The key changes with each render
 * of the page, so a double click posts once and the next update is a new one.
 */
export function IncidentUpdateForm({ action, incidentId, idempotencyKey, bodyMax }: { action: (s: State, f: FormData) => Promise<State>; incidentId: string; idempotencyKey: string; bodyMax: number }) {
  const t = useTranslations('inbox.incidents');
  const [state, formAction] = useActionState(action, IDLE);
  const { errors, message, value } = useFormErrors(state);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state.status === 'ok' ? <Alert tone="success">{t('updatePosted', { count: state.data?.updated ?? 0 })}</Alert> : null}
      {state.status === 'error' && message ? <Alert tone="error">{message}</Alert> : null}
      <input type="hidden" name="incidentId" value={incidentId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <TextareaField id="incident-body" name="body" label={t('fieldBody')} hint={t('bodyHint')} rows={6} maxLength={bodyMax} required defaultValue={value('body')} errors={errors('body')} />
      <label className="flex min-h-11 items-start gap-2 text-sm font-medium text-zinc-800">
        <input type="checkbox" name="resolves" defaultChecked={value('resolves') === 'on'} className="mt-0.5 size-5 shrink-0" />
        <span>{t('fieldResolves')}</span>
      </label>
      <div>
        <SubmitButton pendingLabel={t('posting')}>{t('post')}</SubmitButton>
      </div>
    </form>
  );
}
