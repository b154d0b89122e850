'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { type FormAction, IDLE } from '@/lib/forms/state';

export function JoinRequestDecision({ requestId, name, action: decide }: { requestId: string; name: string; action: FormAction }) {
  const t = useTranslations('staff.joinRequests');
  const [state, action] = useActionState(decide, IDLE);
  const { message } = useFormErrors(state);
  if (state.status === 'ok') return <Alert tone="success">{t('decided', { name })}</Alert>;
  return (
    <form action={action} className="flex flex-col gap-2">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <input type="hidden" name="requestId" value={requestId} />
      <Field name="note" id={`note-${requestId}`} label={t('note')} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="decision" value="approve" pendingLabel={t('pending')}>
          {t('approve')}
        </SubmitButton>
        <SubmitButton name="decision" value="reject" variant="secondary" pendingLabel={t('pending')}>
          {t('reject')}
        </SubmitButton>
      </div>
    </form>
  );
}
