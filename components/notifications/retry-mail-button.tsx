'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { type FormAction, IDLE } from '@/lib/forms/state';

export function RetryMailButton({ id, action: retry }: { id: string; action: FormAction }) {
  const t = useTranslations('mailOutbox');
  const [state, action] = useActionState(retry, IDLE);
  const { message } = useFormErrors(state);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="secondary" pendingLabel={t('retrying')}>
        {t('retry')}
      </SubmitButton>
      <span role="status" className="text-sm">
        {state.status === 'ok' ? t('retried') : state.status === 'error' ? message : null}
      </span>
    </form>
  );
}
