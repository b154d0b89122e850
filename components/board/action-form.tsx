'use client';

import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { MarkdownEditor } from '@/components/editor/markdown-editor';
import { FieldFrame, fieldIds } from '@/components/ui/field-frame';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { useKeptForm } from '@/components/ui/use-kept-form';
import type { FormAction, FormState } from '@/lib/forms/state';
import { PiiPanel } from './pii-panel';
import { StarRating } from './star-rating';

const CONTROL = 'min-h-11 w-full rounded-md border border-zinc-400 bg-white px-3 py-2 text-base text-zinc-900 aria-[invalid]:border-red-700';

export type FieldSpec =
  | { kind: 'textarea'; name: string; label: string; hint?: string; rows?: number; maxLength?: number; required?: boolean; templates?: { label: string; body: string }[]; templateLabel?: string; markdown?: boolean }
  | { kind: 'text' | 'number'; name: string; label: string; hint?: string; maxLength?: number; required?: boolean }
  | { kind: 'select'; name: string; label: string; options: { value: string; label: string }[]; defaultValue?: string; hint?: string }
  | { kind: 'radio' | 'stars'; name: string; label: string; options: { value: string; label: string }[] };

function Textarea({ spec, errors, id }: { spec: Extract<FieldSpec, { kind: 'textarea' }>; errors?: string[]; id: string }) {
  const [value, setValue] = useState('');
  const templates = spec.templates?.length ? (
    <select aria-label={spec.templateLabel} className={`${CONTROL} mb-1`} value="" onChange={(e) => e.target.value !== '' && setValue(spec.templates![Number(e.target.value)]!.body)}>
      <option value="">{spec.templateLabel}</option>
      {spec.templates.map((tpl, i) => (
        <option key={i} value={i}>
          {tpl.label}
        </option>
      ))}
    </select>
  ) : null;
  // Words that are published: the product's one editor, with its toolbar and preview.
  if (spec.markdown) {
    return <MarkdownEditor id={id} name={spec.name} label={spec.label} hint={spec.hint} errors={errors} value={value} onValueChange={setValue} rows={spec.rows ?? 4} maxLength={spec.maxLength} required={spec.required} before={templates} />;
  }
  return (
    <FieldFrame fieldId={id} label={spec.label} hint={spec.hint} errors={errors}>
      {templates}
      <textarea id={id} name={spec.name} rows={spec.rows ?? 4} maxLength={spec.maxLength} required={spec.required} value={value} onChange={(e) => setValue(e.target.value)} className={CONTROL} {...fieldIds(id, Boolean(spec.hint), errors)} />
    </FieldFrame>
  );
}

function Control({ spec, errors, prefix }: { spec: FieldSpec; errors?: string[]; prefix: string }) {
  const id = `${prefix}-${spec.name}`;
  switch (spec.kind) {
    case 'textarea':
      return <Textarea spec={spec} errors={errors} id={id} />;
    case 'select':
      return (
        <FieldFrame fieldId={id} label={spec.label} hint={spec.hint} errors={errors}>
          <select id={id} name={spec.name} defaultValue={spec.defaultValue ?? ''} className={CONTROL} {...fieldIds(id, Boolean(spec.hint), errors)}>
            {spec.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </FieldFrame>
      );
    case 'stars':
      return <StarRating id={id} name={spec.name} label={spec.label} options={spec.options} errors={errors} />;
    case 'radio':
      return (
        <fieldset className="flex flex-col gap-1" aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? `${id}-error` : undefined}>
          <legend className="text-sm font-medium text-zinc-800">{spec.label}</legend>
          <div className="flex flex-wrap gap-x-4">
            {spec.options.map((o) => (
              <label key={o.value} className="flex min-h-11 items-center gap-2 text-sm">
                <input type="radio" name={spec.name} value={o.value} className="size-5" />
                {o.label}
              </label>
            ))}
          </div>
          {errors?.length ? (
            <p id={`${id}-error`} className="text-sm font-medium text-red-700">
              {errors.join(' ')}
            </p>
          ) : null}
        </fieldset>
      );
    default:
      return (
        <FieldFrame fieldId={id} label={spec.label} hint={spec.hint} errors={errors}>
          <input id={id} name={spec.name} type={spec.kind} maxLength={spec.maxLength} required={spec.required} className={CONTROL} {...fieldIds(id, Boolean(spec.hint), errors)} />
        </FieldFrame>
      );
  }
}

/**
 * The small forms of the complaint page (reply, note, close, rate…): fields described as data, errors
 * next to each field, the typed text kept on a refusal, the personal-data guard's question when it
 * asks, and a key per form instance so that a double submit is one change.
 */
export function ActionForm({
  action,
  hidden,
  fields,
  submitLabel,
  pendingLabel,
  done,
  variant = 'primary',
}: {
  action: FormAction;
  hidden: Record<string, string>;
  fields: FieldSpec[];
  submitLabel: string;
  pendingLabel: string;
  done?: string;
  variant?: 'primary' | 'secondary' | 'danger';
}) {
  const prefix = useId().replace(/:/g, '');
  const [key, setKey] = useState(() => crypto.randomUUID());
  const { state, onSubmit, pending } = useKeptForm(async (prev: FormState, data: FormData) => {
    const next = await action(prev, data);
    // A new key for the next message once this one was written.
    if (next.status === 'ok') setKey(crypto.randomUUID());
    return next;
  });
  const { errors, message } = useFormErrors(state);
  const guarded = Boolean((state.details as { pii?: unknown[] } | undefined)?.pii?.length);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      {Object.entries({ ...hidden, idempotencyKey: key }).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status === 'ok' && done ? <Alert tone="success">{done}</Alert> : null}
      {state.status === 'error' && message && !guarded && !state.fieldErrors ? <Alert tone="error">{message}</Alert> : null}
      {state.status === 'error' && state.fieldErrors?._form ? <Alert tone="error">{errors('_form')?.join(' ')}</Alert> : null}
      {/* Remounted after each success, so the next message starts empty. */}
      <div key={key} className="flex flex-col gap-3">
        {fields.map((spec) => (
          <Control key={spec.name} spec={spec} errors={errors(spec.name)} prefix={prefix} />
        ))}
      </div>
      <PiiPanel state={state} pending={pending} />
      <div>
        <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
      </div>
    </form>
  );
}
