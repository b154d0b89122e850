'use client';

import { useTranslations } from '@/components/i18n/intl';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ListKind } from '@/lib/complaints/settings/lists';
import { FormMessage } from './form-message';
import { HiddenFields } from './hidden-fields';
import { useSettingsAction } from './settings-action';

export function RenameEntryForm({ kind, id, name, nameEn, nameMax }: { kind: ListKind; id: string; name: string; nameEn: string; nameMax: number }) {
  const t = useTranslations('complaintSettings.entry');
  const en = useTranslations('contentEn');
  const { state, action, errors, message, value } = useSettingsAction();
  return (
    <form action={action} className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-start" noValidate>
      <HiddenFields intent="renameEntry" fields={{ list: kind, id }} />
      <Field name="name" id={`rename-${id}`} label={t('newName')} maxLength={nameMax} required autoComplete="off" defaultValue={value('name') ?? name} errors={errors('name')} className="sm:flex-1" />
      {kind === 'team' ? null : (
        <Field name="nameEn" id={`rename-en-${id}`} label={en('name')} maxLength={nameMax} autoComplete="off" defaultValue={value('nameEn') ?? nameEn} errors={errors('nameEn')} className="sm:flex-1" />
      )}
      <div className="sm:pt-6">
        <SubmitButton variant="secondary" pendingLabel={t('saving')}>
          {t('save')}
        </SubmitButton>
      </div>
      <FormMessage state={state} message={message} />
    </form>
  );
}
