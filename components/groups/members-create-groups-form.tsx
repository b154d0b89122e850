'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { type FormAction, IDLE } from '@/lib/forms/state';

export function MembersCreateGroupsForm({ enabled, action: save }: { enabled: boolean; action: FormAction }) {
  const t = useTranslations('groups.admin');
  const [state, action] = useActionState(save, IDLE);
  const { message } = useFormErrors(state);
  return (
    <form action={action} className="flex flex-col gap-3">
      <h2 className="text-lg font-semibold">{t('title')}</h2>
      <label className="flex items-center gap-3">
        <input type="checkbox" name="membersCreateGroups" defaultChecked={enabled} className="size-5" aria-describedby="members-create-groups-hint" />
        {t('membersCreateGroups')}
      </label>
      <p id="members-create-groups-hint" className="text-sm text-zinc-600">
        {t('membersCreateGroupsHint')}
      </p>
      {state.status === 'ok' ? <Alert tone="success">{t('saved')}</Alert> : null}
      {state.status === 'error' && message ? <Alert tone="error">{message}</Alert> : null}
      <div>
        <SubmitButton variant="secondary" pendingLabel={t('save')}>
          {t('save')}
        </SubmitButton>
      </div>
    </form>
  );
}
