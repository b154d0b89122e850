'use client';

import { useTranslations } from '@/components/i18n/intl';
import { TextareaField } from '@/components/ui/textarea-field';
import type { FormAction } from '@/lib/forms/state';
import { ActionForm } from './action-form';

/** The one appeal, against a decision on content or against a sanction: a few words on why it should be looked at again. */
export function AppealForm({ against, action }: { against: { actionId: string } | { sanctionId: string }; action: FormAction }) {
  const t = useTranslations('moderation.decision');
  const id = 'actionId' in against ? against.actionId : against.sanctionId;
  return (
    <ActionForm action={action} fields={against} submit={t('appealSubmit')} variant="primary" className="mt-3 flex flex-col gap-3">
      <TextareaField id={`appeal-${id}`} name="body" label={t('appealBody')} hint={t('appealHint')} maxLength={2000} required />
    </ActionForm>
  );
}
