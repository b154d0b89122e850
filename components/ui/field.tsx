import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldFrame, fieldIds } from './field-frame';

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
}

export function Field({ name, label, hint, errors, id, className, ...input }: FieldProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldFrame fieldId={fieldId} label={label} hint={hint} errors={errors} className={className}>
      <input
        id={fieldId}
        name={name}
        {...fieldIds(fieldId, Boolean(hint), errors)}
        className="min-h-11 rounded-md border border-zinc-400 bg-white px-3 py-2 text-base text-zinc-900 aria-[invalid]:border-red-700"
        {...input}
      />
    </FieldFrame>
  );
}
