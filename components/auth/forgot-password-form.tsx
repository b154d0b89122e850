'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { type FormAction, IDLE } from '@/lib/forms/state';

export function ForgotPasswordForm({ action: request }: { action: FormAction }) {
  const t = useTranslations('auth.forgot');
  const [state, action] = useActionState(request, IDLE);
  const { errors, message, value } = useFormErrors(state);
  if (state.status === 'ok') return <Alert tone="success">{t('sent')}</Alert>;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {message && !state.fieldErrors ? <Alert tone="error">{message}</Alert> : null}
      <Field name="email" type="email" label={t('email')} autoComplete="email" defaultValue={value('email')} errors={errors('email')} required />
      <SubmitButton pendingLabel={t('pending')}>{t('submit')}</SubmitButton>
    </form>
  );
}
