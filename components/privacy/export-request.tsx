'use client';

import { useTranslations } from '@/components/i18n/intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { useKeptForm } from '@/components/ui/use-kept-form';
import type { FormAction } from '@/lib/forms/state';

/** "Prepare my data": one a day. The button is gone once today's is asked for; the page lists it. */
export function ExportRequest({ action, canRequest }: { action: FormAction; canRequest: boolean }) {
  const t = useTranslations('privacy.export');
  const { state, onSubmit, pending } = useKeptForm(action);
  const { message } = useFormErrors(state);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      <div aria-live="polite">
        {state.status === 'ok' ? <Alert tone="success">{t('requested')}</Alert> : null}
        {state.status === 'error' && message ? <Alert tone="error">{message}</Alert> : null}
        {state.status === 'idle' && !canRequest ? <p className="text-sm text-zinc-700">{t('alreadyToday')}</p> : null}
      </div>
      {canRequest && state.status !== 'ok' ? (
        <div>
          <Button type="submit" disabled={pending} aria-disabled={pending}>
            {t('request')}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
