'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { FieldFrame, fieldIds } from '@/components/ui/field-frame';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import type { FormState } from '@/lib/forms/state';

const INITIAL: FormState = { status: 'idle' };

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; titleMax: number; bodyMax: number } & (
  | { mode: 'publish'; idempotencyKey: string }
  | { mode: 'edit'; announcement: { id: string; title: string; bodyMd: string } }
);

/** Publishing and editing share one form; publishing carries a key so a double submit publishes once. */
export function AnnouncementForm(props: Props) {
  const t = useTranslations('announcements.staff');
  const [state, action] = useActionState(props.action, INITIAL);
  const { errors, message, value } = useFormErrors(state);
  const saved = props.mode === 'edit' ? props.announcement : null;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.status === 'ok' && props.mode === 'publish' ? <Alert tone="success">{t('published')}</Alert> : null}
      {message && state.status === 'error' && !state.fieldErrors ? <Alert tone="error">{message}</Alert> : null}
      {props.mode === 'publish' ? <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} /> : <input type="hidden" name="id" value={props.announcement.id} />}
      <Field name="title" label={t('fieldTitle')} maxLength={props.titleMax} required defaultValue={value('title') ?? saved?.title} errors={errors('title')} />
      <FieldFrame fieldId="field-bodyMd" label={t('fieldBody')} hint={t('bodyHint')} errors={errors('bodyMd')}>
        <textarea
          id="field-bodyMd"
          name="bodyMd"
          rows={8}
          maxLength={props.bodyMax}
          required
          defaultValue={value('bodyMd') ?? saved?.bodyMd}
          {...fieldIds('field-bodyMd', true, errors('bodyMd'))}
          className="min-h-40 rounded-md border border-zinc-400 bg-white px-3 py-2 text-base text-zinc-900 aria-[invalid]:border-red-700"
        />
      </FieldFrame>
      {props.mode === 'publish' ? (
        <label className="flex min-h-11 items-center gap-2 text-sm font-medium text-zinc-800">
          {/* An unticked box sends nothing, which the verb reads as "pinned": this says no, and a ticked box overrides it. */}
          <input type="hidden" name="pinned" value="false" />
          <input type="checkbox" name="pinned" defaultChecked={state.values ? state.values.pinned === 'on' : true} className="size-5" />
          {t('fieldPinned')}
        </label>
      ) : null}
      <div>
        {props.mode === 'publish' ? (
          <SubmitButton pendingLabel={t('publishing')}>{t('publish')}</SubmitButton>
        ) : (
          <SubmitButton pendingLabel={t('saving')}>{t('save')}</SubmitButton>
        )}
      </div>
    </form>
  );
}
