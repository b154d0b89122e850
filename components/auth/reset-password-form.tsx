'use client';

import Link from 'next/link';
import { useTranslations } from '@/components/i18n/intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { type FormAction, IDLE } from '@/lib/forms/state';

export function ResetPasswordForm({ token, action: reset }: { token: string; action: FormAction }) {
  const t = useTranslations('auth.reset');
  const [state, action] = useActionState(reset, IDLE);
  const { errors, message } = useFormErrors(state);
  if (state.status === 'ok') {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success">{t('done')}</Alert>
        <Link href="/sign-in" className={buttonClass('primary')}>
          {t('signIn')}
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {message && !state.fieldErrors ? <Alert tone="error">{message}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <Field name="password" type="password" label={t('password')} hint={t('passwordHint')} autoComplete="new-password" errors={errors('password')} required />
      <SubmitButton pendingLabel={t('pending')}>{t('submit')}</SubmitButton>
    </form>
  );
}
