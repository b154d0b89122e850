'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from '@/components/i18n/intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { type FormAction, IDLE } from '@/lib/forms/state';

export function RedeemInvitationForm({ code, email, action: redeem }: { code: string; email: string | null; action: FormAction }) {
  const t = useTranslations('join');
  const locale = useLocale();
  const [state, action] = useActionState(redeem, IDLE);
  const { errors, message, value } = useFormErrors(state);
  if (state.status === 'ok') {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success">
          <strong className="block">{t('invitation.doneTitle')}</strong>
          {t('invitation.doneBody')}
        </Alert>
        <Link href="/sign-in" className={buttonClass('primary')}>
          {t('invitation.signIn')}
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {message && !state.fieldErrors ? <Alert tone="error">{message}</Alert> : null}
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="locale" value={locale} />
      <Field name="displayName" label={t('displayName')} autoComplete="name" defaultValue={value('displayName')} errors={errors('displayName')} required />
      <Field
        name="email"
        type="email"
        label={t('email')}
        autoComplete="email"
        defaultValue={value('email') ?? email ?? ''}
        readOnly={email !== null}
        errors={errors('email')}
        required
      />
      <Field name="password" type="password" label={t('password')} hint={t('passwordHint')} autoComplete="new-password" errors={errors('password')} required />
      {errors('code') ? <Alert tone="error">{errors('code')}</Alert> : null}
      <SubmitButton pendingLabel={t('invitation.pending')}>{t('invitation.submit')}</SubmitButton>
    </form>
  );
}
