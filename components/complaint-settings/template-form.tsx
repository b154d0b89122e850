'use client';

import { useTranslations } from '@/components/i18n/intl';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextareaField } from '@/components/ui/textarea-field';
import { FormMessage } from './form-message';
import { HiddenFields } from './hidden-fields';
import { useSettingsAction } from './settings-action';

type Props = { titleMax: number; bodyMax: number } & ({ mode: 'create'; idempotencyKey: string } | { mode: 'edit'; template: { id: string; title: string; bodyMd: string; titleEn: string; bodyMdEn: string } });

/** Creating and editing share one form; creating carries a key so a double submit creates once. */
export function TemplateForm(props: Props) {
  const t = useTranslations('complaintSettings.templates');
  const en = useTranslations('contentEn');
  const { state, action, errors, message, value } = useSettingsAction();
  const saved = props.mode === 'edit' ? props.template : null;
  const prefix = saved ? `template-${saved.id}` : 'template-new';
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {props.mode === 'edit' ? (
        <HiddenFields intent="updateTemplate" fields={{ id: props.template.id }} />
      ) : (
        <HiddenFields intent="createTemplate" fields={{ idempotencyKey: props.idempotencyKey }} />
      )}
      <Field name="title" id={`${prefix}-title`} label={t('fieldTitle')} maxLength={props.titleMax} required defaultValue={value('title') ?? saved?.title} errors={errors('title')} />
      <TextareaField
        name="bodyMd"
        id={`${prefix}-body`}
        label={t('fieldBody')}
        hint={t('bodyHint')}
        rows={12}
        maxLength={props.bodyMax}
        required
        defaultValue={value('bodyMd') ?? saved?.bodyMd}
        errors={errors('bodyMd')}
      />
      <details className="rounded-md border border-zinc-200 p-3" open={Boolean(saved?.titleEn || saved?.bodyMdEn || errors('titleEn') || errors('bodyMdEn'))}>
        <summary className="min-h-11 cursor-pointer content-center font-semibold">{en('body')}</summary>
        <div className="mt-3 flex flex-col gap-4">
          <p className="text-sm text-zinc-700">{en('hint')}</p>
          <Field name="titleEn" id={`${prefix}-title-en`} label={en('title')} maxLength={props.titleMax} defaultValue={value('titleEn') ?? saved?.titleEn} errors={errors('titleEn')} />
          <TextareaField name="bodyMdEn" id={`${prefix}-body-en`} label={en('body')} rows={12} maxLength={props.bodyMax} defaultValue={value('bodyMdEn') ?? saved?.bodyMdEn} errors={errors('bodyMdEn')} />
        </div>
      </details>
      <FormMessage state={state} message={message} success={saved ? t('saved') : t('added')} />
      <div>
        <SubmitButton pendingLabel={t('saving')}>{saved ? t('save') : t('add')}</SubmitButton>
      </div>
    </form>
  );
}
