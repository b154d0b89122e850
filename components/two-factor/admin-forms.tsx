'use client';

import { useState } from 'react';
import { useTranslations } from '@/components/i18n/intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { useKeptForm } from '@/components/ui/use-kept-form';
import type { FormAction } from '@/lib/forms/state';

/** The manager's grace period, in days. */
export function GraceForm({ action, graceDays }: { action: FormAction; graceDays: number }) {
  const t = useTranslations('twoFactor.admin');
  const { state, onSubmit, pending } = useKeptForm(action);
  const { errors, message, value } = useFormErrors(state);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {state.status === 'ok' ? <Alert tone="success">{t('saved')}</Alert> : null}
      {state.status === 'error' && message && !state.fieldErrors ? <Alert tone="error">{message}</Alert> : null}
      <Field id="grace-days" name="graceDays" type="number" inputMode="numeric" min={0} max={90} className="max-w-40" label={t('graceLabel')} hint={t('graceHint')} defaultValue={value('graceDays') ?? String(graceDays)} errors={errors('graceDays')} required />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t('saving') : t('save')}
        </Button>
      </div>
    </form>
  );
}

/** Reset someone's second factor: a second press confirms, since it signs them out everywhere. */
export function ResetSecondFactorForm({ action, userId, name }: { action: FormAction; userId: string; name: string }) {
  const t = useTranslations('twoFactor.admin');
  const [confirming, setConfirming] = useState(false);
  const { state, onSubmit, pending } = useKeptForm(action);
  const { message } = useFormErrors(state);
  if (state.status === 'ok') return <Alert tone="success">{t('resetDone')}</Alert>;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-2">
      <input type="hidden" name="userId" value={userId} />
      {state.status === 'error' && message ? <Alert tone="error">{message}</Alert> : null}
      {confirming ? (
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? t('resetting') : t('resetConfirm')}
          </Button>
          <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </Button>
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)} aria-label={t('resetNamed', { name })}>
          {t('reset')}
        </Button>
      )}
    </form>
  );
}
