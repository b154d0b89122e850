'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import type { FormState } from '@/lib/forms/state';

type State = FormState<{ linked: number; asked: number }>;
const IDLE: State = { status: 'idle' };

/** More complaints with the same cause, by the numbers staff see on the board ("128, 131"). */
export function AddComplaintsForm({ action, incidentId }: { action: (s: State, f: FormData) => Promise<State>; incidentId: string }) {
  const t = useTranslations('inbox.incidents');
  const [state, formAction] = useActionState(action, IDLE);
  const { errors, message, value } = useFormErrors(state);
  const missing = (state.details?.missing as number[] | undefined) ?? [];
  const numberErrors = errors('numbers')?.concat(missing.length > 0 ? [t('missing', { numbers: missing.map((n) => `#${n}`).join(', ') })] : []);
  const skipped = state.data ? state.data.asked - state.data.linked : 0;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state.status === 'ok' && state.data ? (
        <Alert tone="success">
          {t('added', { count: state.data.linked })} {skipped > 0 ? t('skipped', { count: skipped }) : null}
        </Alert>
      ) : null}
      {state.status === 'error' && message && !state.fieldErrors?.numbers ? <Alert tone="error">{message}</Alert> : null}
      <input type="hidden" name="incidentId" value={incidentId} />
      <Field id="incident-numbers" name="numbers" label={t('fieldNumbers')} hint={t('numbersHint')} autoComplete="off" maxLength={2000} defaultValue={value('numbers')} errors={numberErrors} />
      <div>
        <SubmitButton pendingLabel={t('adding')} variant="secondary">
          {t('add')}
        </SubmitButton>
      </div>
    </form>
  );
}
