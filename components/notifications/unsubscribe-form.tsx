'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { type FormAction, IDLE } from '@/lib/forms/state';

export function UnsubscribeForm({ token, question, done, action: unsubscribe }: { token: string; question: string; done: string; action: FormAction }) {
  const t = useTranslations('unsubscribe');
  const [state, action] = useActionState(unsubscribe, IDLE);
  const { message } = useFormErrors(state);
  if (state.status === 'ok')
    return (
      <div className="flex flex-col gap-3">
        <Alert tone="success">{done}</Alert>
        <p className="text-sm">{t('manage')}</p>
      </div>
    );
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <p>{question}</p>
      {state.status === 'error' && message ? <Alert tone="error">{message}</Alert> : null}
      <div>
        <SubmitButton pendingLabel={t('pending')}>{t('submit')}</SubmitButton>
      </div>
    </form>
  );
}
