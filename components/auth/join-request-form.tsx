'use client';

import { useLocale, useTranslations } from '@/components/i18n/intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextareaField } from '@/components/ui/textarea-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { type FormAction, IDLE } from '@/lib/forms/state';

export function JoinRequestForm({ askMembershipNumber, action: ask }: { askMembershipNumber: boolean; action: FormAction }) {
  const t = useTranslations('join');
  const locale = useLocale();
  const [state, action] = useActionState(ask, IDLE);
  const { errors, message, value } = useFormErrors(state);
  if (state.status === 'ok') {
    return (
      <Alert tone="success">
        <strong className="block">{t('request.sentTitle')}</strong>
        {t('request.sentBody')}
      </Alert>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {message && !state.fieldErrors ? <Alert tone="error">{message}</Alert> : null}
      <input type="hidden" name="locale" value={locale} />
      <Field name="displayName" label={t('displayName')} autoComplete="name" defaultValue={value('displayName')} errors={errors('displayName')} required />
      <Field name="email" type="email" label={t('email')} autoComplete="email" defaultValue={value('email')} errors={errors('email')} required />
      {askMembershipNumber ? (
        <Field
          name="membershipNumber"
          label={t('request.membershipNumber')}
          hint={t('request.membershipNumberHint')}
          defaultValue={value('membershipNumber')}
          errors={errors('membershipNumber')}
          required
        />
      ) : null}
      <Field name="password" type="password" label={t('password')} hint={t('passwordHint')} autoComplete="new-password" errors={errors('password')} required />
      <TextareaField name="message" label={t('request.message')} defaultValue={value('message')} errors={errors('message')} rows={3} />
      <SubmitButton pendingLabel={t('request.pending')}>{t('request.submit')}</SubmitButton>
    </form>
  );
}
