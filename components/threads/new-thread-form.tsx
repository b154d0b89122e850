'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextareaField } from '@/components/ui/textarea-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { type FormAction, IDLE } from '@/lib/forms/state';
import { MarkdownEditor } from '@/components/editor/markdown-editor';
import { ImagesField } from './images-field';

export function NewThreadForm({ groupId, idempotencyKey, action: create }: { groupId: string; idempotencyKey: string; action: FormAction }) {
  const t = useTranslations('threads');
  const [state, action] = useActionState(create, IDLE);
  const { errors, message, value } = useFormErrors(state);
  const [body, setBody] = useState('');
  const pollErrors = ['poll.question', 'poll.options', 'poll.closesAt'].some((f) => errors(f));
  const [withPoll, setWithPoll] = useState(false);
  const [closesLocal, setClosesLocal] = useState(value('pollClosesAtLocal') ?? '');
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {message && state.status === 'error' && !state.fieldErrors ? <Alert tone="error">{message}</Alert> : null}
      <input type="hidden" name="groupId" value={groupId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <Field name="title" label={t('title')} defaultValue={value('title')} errors={errors('title')} required />
      <MarkdownEditor id="thread-body" name="body" label={t('body')} hint={t('bodyHint')} errors={errors('body')} value={body} onValueChange={setBody} mentions rows={8} imagesInputId="post-images" />
      <ImagesField errors={errors('images')} />
      <details open={withPoll || pollErrors || Boolean(value('pollQuestion'))} onToggle={(e) => setWithPoll(e.currentTarget.open)} className="rounded-md border border-zinc-300 bg-white p-3">
        <summary className="cursor-pointer font-semibold">{t('addPoll')}</summary>
        <div className="mt-3 flex flex-col gap-3">
          <Field name="pollQuestion" label={t('pollQuestion')} defaultValue={value('pollQuestion')} errors={errors('poll.question')} />
          <TextareaField name="pollOptions" label={t('pollOptions')} hint={t('pollOptionsHint')} defaultValue={value('pollOptions')} errors={errors('poll.options')} />
          <label className="flex items-center gap-2">
            <input type="checkbox" name="pollMultiple" defaultChecked={value('pollMultiple') === 'on'} className="size-5" />
            {t('pollMultiple')}
          </label>
          {/* The picker speaks the member's local time; the server gets an exact instant. */}
          <Field name="pollClosesAtLocal" type="datetime-local" label={t('pollClosesAt')} value={closesLocal} onChange={(e) => setClosesLocal(e.target.value)} errors={errors('poll.closesAt')} />
          <input type="hidden" name="pollClosesAt" value={closesLocal ? new Date(closesLocal).toISOString() : ''} />
        </div>
      </details>
      <div>
        <SubmitButton pendingLabel={t('publishing')}>{t('publish')}</SubmitButton>
      </div>
    </form>
  );
}
