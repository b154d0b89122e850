'use client';

import Link from 'next/link';
import { useTranslations } from '@/components/i18n/intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { type FormAction, IDLE } from '@/lib/forms/state';

export function UnlockForm({ token, action: unlock }: { token: string; action: FormAction }) {
  const t = useTranslations('signInLock');
  const [state, action] = useActionState(unlock, IDLE);
  const { message } = useFormErrors(state);
  if (state.status === 'ok')
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success">{t('done')}</Alert>
        <Link href="/sign-in" className={buttonClass('primary')}>
          {t('signIn')}
        </Link>
      </div>
    );
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <p>{t('intro')}</p>
      <p className="text-sm text-zinc-700">{t('notYou')}</p>
      {state.status === 'error' && message ? <Alert tone="error">{message}</Alert> : null}
      <div>
        <SubmitButton pendingLabel={t('pending')}>{t('submit')}</SubmitButton>
      </div>
    </form>
  );
}
