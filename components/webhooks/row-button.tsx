'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/i18n/intl';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { type FormAction, IDLE } from '@/lib/forms/state';

/** One button on one row: "send again", or deleting the endpoint (after the browser's confirmation). */
export function RowButton({ id, action: act, kind }: { id: string; action: FormAction; kind: 'resend' | 'delete' }) {
  const t = useTranslations('webhooks');
  const [state, action] = useActionState(act, IDLE);
  const { message } = useFormErrors(state);
  return (
    <form
      action={action}
      className="flex flex-wrap items-center gap-3"
      onSubmit={(e) => {
        if (kind === 'delete' && !window.confirm(t('deleteConfirm'))) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant={kind === 'delete' ? 'danger' : 'secondary'} pendingLabel={kind === 'delete' ? t('deleting') : t('resending')}>
        {kind === 'delete' ? t('delete') : t('resend')}
      </SubmitButton>
      <span role="status" className="text-sm">
        {state.status === 'ok' && kind === 'resend' ? t('resent') : state.status === 'error' ? message : null}
      </span>
    </form>
  );
}
