'use client';

import { useTranslations } from '@/components/i18n/intl';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ListKind } from '@/lib/complaints/settings/lists';
import { FormMessage } from './form-message';
import { HiddenFields } from './hidden-fields';
import { useSettingsAction } from './settings-action';

/** A new entry at the end of the list; the key makes a double submit create it once. */
export function CreateEntryForm({ kind, idempotencyKey, nameMax }: { kind: ListKind; idempotencyKey: string; nameMax: number }) {
  const t = useTranslations(`complaintSettings.lists.${kind}`);
  const en = useTranslations('contentEn');
  const { state, action, errors, message, value } = useSettingsAction();
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <HiddenFields intent="createEntry" fields={{ list: kind, idempotencyKey }} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <Field name="name" label={t('name')} maxLength={nameMax} required autoComplete="off" defaultValue={value('name')} errors={errors('name')} className="sm:flex-1" />
        {/* Teams are named for staff only; what members read comes in both languages. */}
        {kind === 'team' ? null : (
          <Field name="nameEn" label={en('name')} hint={en('hint')} maxLength={nameMax} autoComplete="off" defaultValue={value('nameEn')} errors={errors('nameEn')} className="sm:flex-1" />
        )}
        <div className="sm:pt-6">
          <SubmitButton pendingLabel={t('add')}>{t('add')}</SubmitButton>
        </div>
      </div>
      <FormMessage state={state} message={message} success={t('added')} />
    </form>
  );
}
