import type { SelectHTMLAttributes } from 'react';

/** A labelled select for the moderation forms (reasons, sanction kinds, groups); ids are unique per item. */
export function SelectField({ label, options, id, ...select }: SelectHTMLAttributes<HTMLSelectElement> & { id: string; label: string; name: string; options: { value: string; label: string }[] }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-zinc-900">
        {label}
      </label>
      <select id={id} className="min-h-11 rounded-md border border-zinc-400 bg-white px-3 py-2 text-base text-zinc-900" {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
