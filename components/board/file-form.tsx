'use client';

import { useTranslations } from '@/components/i18n/intl';
import { useState } from 'react';
import { ImagesField } from '@/components/threads/images-field';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FieldFrame, fieldIds } from '@/components/ui/field-frame';
import { MarkdownEditor } from '@/components/editor/markdown-editor';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { useKeptForm } from '@/components/ui/use-kept-form';
import type { ComplaintOption } from '@/lib/complaints/options';
import type { FormAction } from '@/lib/forms/state';
import { PiiPanel } from './pii-panel';
import { SimilarSuggestions } from './similar-suggestions';

const CONTROL = 'min-h-11 rounded-md border border-zinc-400 bg-white px-3 py-2 text-base text-zinc-900 aria-[invalid]:border-red-700';

function OptionSelect({ name, label, options, errors, prompt }: { name: string; label: string; options: ComplaintOption[]; errors?: string[]; prompt: string }) {
  const id = `field-${name}`;
  return (
    <FieldFrame fieldId={id} label={label} errors={errors}>
      <select id={id} name={name} required defaultValue="" className={CONTROL} {...fieldIds(id, false, errors)}>
        <option value="" disabled>
          {prompt}
        </option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export interface FileComplaintActions {
  file: FormAction;
  /** "Me too" on a similar complaint instead of filing the same thing again. */
  meToo: FormAction;
}

export function FileComplaintForm({ categories, branches, idempotencyKey, limits, actions }: { categories: ComplaintOption[]; branches: ComplaintOption[]; idempotencyKey: string; limits: { title: number; body: number }; actions: FileComplaintActions }) {
  const t = useTranslations('complaints.file');
  const { state, onSubmit, pending } = useKeptForm(actions.file);
  const { errors, message } = useFormErrors(state);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const guarded = Boolean((state.details as { pii?: unknown[] } | undefined)?.pii?.length);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {message && state.status === 'error' && !guarded && !state.fieldErrors ? <Alert tone="error">{message}</Alert> : null}
      <Field name="title" label={t('fieldTitle')} hint={t('titleHint')} maxLength={limits.title} required errors={errors('title')} value={title} onChange={(e) => setTitle(e.target.value)} />
      <SimilarSuggestions title={title} meToo={actions.meToo} />
      <MarkdownEditor id="field-body" name="body" label={t('fieldBody')} hint={t('bodyHint')} errors={errors('body')} value={body} onValueChange={setBody} rows={8} maxLength={limits.body} required imagesInputId="field-photos" />
      <div className="grid gap-4 sm:grid-cols-2">
        <OptionSelect name="categoryId" label={t('fieldCategory')} options={categories} errors={errors('categoryId')} prompt={t('choose')} />
        <OptionSelect name="branchId" label={t('fieldBranch')} options={branches} errors={errors('branchId')} prompt={t('choose')} />
      </div>
      <ImagesField id="field-photos" name="photos" label={t('fieldPhotos')} hint={t('photosHint')} errors={errors('photos')} />
      <PiiPanel state={state} pending={pending} />
      <div>
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? t('filing') : t('submit')}
        </Button>
      </div>
    </form>
  );
}
