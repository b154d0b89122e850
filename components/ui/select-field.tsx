import type { SelectHTMLAttributes } from 'react';
import { FieldFrame, fieldIds } from '@/components/ui/field-frame';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  id: string;
  name: string;
  label: string;
  options: SelectOption[];
  /** Options under their own headings, after the plain ones ("People", "Teams"). */
  groups?: { label: string; options: SelectOption[] }[];
  errors?: string[];
  className?: string;
}

const option = (o: SelectOption) => (
  <option key={o.value} value={o.value}>
    {o.label}
  </option>
);

/** A labelled native select: keyboard and screen readers get everything for free. */
export function SelectField({ id, name, label, options, groups = [], errors, className, ...select }: SelectFieldProps) {
  return (
    <FieldFrame fieldId={id} label={label} errors={errors} className={className}>
      <select
        id={id}
        name={name}
        {...fieldIds(id, false, errors)}
        className="min-h-11 w-full rounded-md border border-zinc-400 bg-white px-3 text-base text-zinc-900 aria-[invalid]:border-red-700"
        {...select}
      >
        {options.map(option)}
        {groups
          .filter((g) => g.options.length > 0)
          .map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map(option)}
            </optgroup>
          ))}
      </select>
    </FieldFrame>
  );
}
