'use client';

import { Star } from 'lucide-react';
import { useState } from 'react';

/**
 * A 1–n rating as a native radio group drawn as stars: Tab reaches it, the arrow keys move the choice,
 * and a screen reader hears "Puntuación, 4 estrellas, 4 of 5". The radios stay real and on top of
 * their star (transparent), so a click, a tap and the keyboard all go through them.
 */
export function StarRating({ id, name, label, options, errors }: { id: string; name: string; label: string; options: { value: string; label: string }[]; errors?: string[] }) {
  const [chosen, setChosen] = useState(0);
  const invalid = Boolean(errors?.length);
  return (
    <fieldset className="flex flex-col gap-1" aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-zinc-800">{label}</legend>
      <div className="flex flex-wrap items-center gap-1">
        {options.map((o, i) => (
          <label key={o.value} className="relative inline-flex size-11 items-center justify-center rounded-md has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-ink">
            <input type="radio" name={name} value={o.value} checked={chosen === i + 1} onChange={() => setChosen(i + 1)} className="absolute inset-0 m-0 size-full cursor-pointer appearance-none rounded-md" />
            <Star aria-hidden className={`pointer-events-none size-8 ${i < chosen ? 'fill-amber-400 text-amber-600' : 'text-zinc-500'}`} />
            <span className="sr-only">{o.label}</span>
          </label>
        ))}
        {chosen > 0 ? (
          <span aria-hidden="true" className="ml-2 text-sm text-zinc-800">
            {options[chosen - 1]!.label}
          </span>
        ) : null}
      </div>
      {invalid ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {errors!.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
