'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextareaField } from '@/components/ui/textarea-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { type FormAction, IDLE } from '@/lib/forms/state';

const VISIBILITIES = ['open', 'request', 'private'] as const;

export interface GroupFormValues {
  groupId?: string;
  name: string;
  description: string;
  descriptionEn: string;
  visibility: (typeof VISIBILITIES)[number];
}

/** Creating (no groupId, `action` creates) and editing (`action` updates) share the fields and their rules. */
export function GroupForm({ initial, action: save }: { initial?: GroupFormValues; action: FormAction }) {
  const t = useTranslations('groups');
  const en = useTranslations('contentEn');
  const editing = initial?.groupId !== undefined;
  const [state, action] = useActionState(save, IDLE);
  const { errors, message, value } = useFormErrors(state);
  const visibility = value('visibility') ?? initial?.visibility ?? 'open';
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.status === 'ok' ? <Alert tone="success">{t('form.saved')}</Alert> : null}
      {state.status === 'error' && message && !state.fieldErrors ? <Alert tone="error">{message}</Alert> : null}
      {editing ? <input type="hidden" name="groupId" value={initial.groupId} /> : null}
      <Field name="name" label={t('form.name')} required maxLength={80} defaultValue={value('name') ?? initial?.name} errors={errors('name')} />
      <TextareaField
        name="description"
        label={t('form.description')}
        maxLength={2000}
        rows={4}
        defaultValue={value('description') ?? initial?.description}
        errors={errors('description')}
      />
      <p className="-mt-3 text-sm text-zinc-600">{t('form.descriptionHint')}</p>
      <TextareaField
        name="descriptionEn"
        label={en('description')}
        hint={en('hint')}
        maxLength={2000}
        rows={3}
        defaultValue={value('descriptionEn') ?? initial?.descriptionEn}
        errors={errors('descriptionEn')}
      />
      <fieldset className="flex flex-col gap-2" key={visibility}>
        <legend className="mb-1 text-sm font-medium text-zinc-800">{t('form.visibility')}</legend>
        {VISIBILITIES.map((v) => (
          <label key={v} className="flex items-start gap-3 rounded-md border border-zinc-300 p-3 has-[:checked]:border-brand">
            <input type="radio" name="visibility" value={v} defaultChecked={visibility === v} className="mt-1 size-4" />
            <span>
              <span className="block font-medium">{t(`visibility.${v}`)}</span>
              <span className="block text-sm text-zinc-700">{t(`form.visibilityHints.${v}`)}</span>
            </span>
          </label>
        ))}
        {errors('visibility') ? <p className="text-sm font-medium text-red-700">{errors('visibility')!.join(' ')}</p> : null}
      </fieldset>
      <div>
        <SubmitButton pendingLabel={t('form.pending')}>{editing ? t('form.submitSave') : t('form.submitCreate')}</SubmitButton>
      </div>
    </form>
  );
}
