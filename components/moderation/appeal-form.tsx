'use client';

import { useTranslations } from '@/components/i18n/intl';
import { appealAction, appealSanctionAction } from '@/app/(member)/moderation/actions';
import { TextareaField } from '@/components/ui/textarea-field';
import { ActionForm } from './action-form';

/** The one appeal, against a decision on content or against a sanction: a few words on why it should be looked at again. */
export function AppealForm({ against }: { against: { actionId: string } | { sanctionId: string } }) {
  const t = useTranslations('moderation.decision');
  const id = 'actionId' in against ? against.actionId : against.sanctionId;
  return (
    <ActionForm action={'actionId' in against ? appealAction : appealSanctionAction} fields={against} submit={t('appealSubmit')} variant="primary" className="mt-3 flex flex-col gap-3">
      <TextareaField id={`appeal-${id}`} name="body" label={t('appealBody')} hint={t('appealHint')} maxLength={2000} required />
    </ActionForm>
  );
}
