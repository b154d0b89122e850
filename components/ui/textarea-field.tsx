import type { TextareaHTMLAttributes } from 'react';

interface TextareaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  name: string;
  label: string;
  errors?: string[];
}

export function TextareaField({ name, label, errors, id, ...rest }: TextareaFieldProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="text-sm font-medium text-zinc-800">
        {label}
      </label>
      <textarea
        id={fieldId}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${fieldId}-error` : undefined}
        className="min-h-24 rounded-md border border-zinc-400 bg-white px-3 py-2 text-base text-zinc-900 aria-[invalid]:border-red-700"
        {...rest}
      />
      {errors?.length ? (
        <p id={`${fieldId}-error`} className="text-sm font-medium text-red-700">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
