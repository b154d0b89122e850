'use client';

import { useTranslations } from '@/components/i18n/intl';
import { appealAction } from '@/app/(member)/moderation/actions';
import { TextareaField } from '@/components/ui/textarea-field';
import { ActionForm } from './action-form';

/** The author's one appeal: a few words on why the decision should be looked at again. */
export function AppealForm({ actionId }: { actionId: string }) {
  const t = useTranslations('moderation.decision');
  return (
    <ActionForm action={appealAction} fields={{ actionId }} submit={t('appealSubmit')} variant="primary" className="mt-3 flex flex-col gap-3">
      <TextareaField id="appeal-body" name="body" label={t('appealBody')} hint={t('appealHint')} maxLength={2000} required />
    </ActionForm>
  );
}
