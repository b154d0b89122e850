import type { ReactNode } from 'react';

/** Label, hint and errors around any control, wired for screen readers through ids. */
export function fieldIds(fieldId: string, hint: boolean, errors?: string[]) {
  const describedBy = [hint ? `${fieldId}-hint` : null, errors?.length ? `${fieldId}-error` : null].filter(Boolean).join(' ');
  return { 'aria-invalid': errors?.length ? true : undefined, 'aria-describedby': describedBy || undefined } as const;
}

export function FieldFrame({
  fieldId,
  label,
  hint,
  errors,
  className = '',
  children,
}: {
  fieldId: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={fieldId} className="text-sm font-medium text-zinc-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${fieldId}-hint`} className="text-sm text-zinc-600">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${fieldId}-error`} className="text-sm font-medium text-red-700">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
