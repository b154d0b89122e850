import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldFrame, fieldIds } from './field-frame';

interface TextareaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
}

export function TextareaField({ name, label, hint, errors, id, ...rest }: TextareaFieldProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldFrame fieldId={fieldId} label={label} hint={hint} errors={errors}>
      <textarea
        id={fieldId}
        name={name}
        {...fieldIds(fieldId, Boolean(hint), errors)}
        className="min-h-24 rounded-md border border-zinc-400 bg-white px-3 py-2 text-base text-zinc-900 aria-[invalid]:border-red-700"
        {...rest}
      />
    </FieldFrame>
  );
}
