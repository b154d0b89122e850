'use client';

import { useActionState } from 'react';
import { useTranslations } from '@/components/i18n/intl';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { type FormAction, IDLE } from '@/lib/forms/state';

/** The three choices for a reply by e-mail that the personal-data guard held. */
export function HeldReplyForm({ id, action: decide }: { id: string; action: FormAction }) {
  const t = useTranslations('replyByMail');
  const [state, action] = useActionState(decide, IDLE);
  const { message } = useFormErrors(state);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="id" value={id} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="decision" value="remove" pendingLabel={t('decide.working')}>
          {t('decide.remove')}
        </SubmitButton>
        <SubmitButton name="decision" value="keep_private" variant="secondary" pendingLabel={t('decide.working')}>
          {t('decide.keepPrivate')}
        </SubmitButton>
        <SubmitButton name="decision" value="discard" variant="danger" pendingLabel={t('decide.working')}>
          {t('decide.discard')}
        </SubmitButton>
      </div>
      {state.status === 'error' && message ? <Alert tone="error">{message}</Alert> : null}
      {state.status === 'ok' ? <Alert tone="success">{t('decide.published')}</Alert> : null}
    </form>
  );
}
