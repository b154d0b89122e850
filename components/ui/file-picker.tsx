'use client';

import { ImagePlus, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { buttonClass } from './button';
import { FieldFrame, fieldIds } from './field-frame';

interface Chosen {
  file: File;
  url: string;
}

/**
 * A file input that speaks the page's language (the browser's own button and "no file chosen" do not):
 * the native input stays, visually hidden but focusable, under a button-like label; what was chosen
 * (picked, dropped or pasted) is shown as thumbnails, each with a button to take it out again.
 */
export function FilePicker({
  id,
  name,
  label,
  hint,
  errors,
  accept,
  multiple = false,
  texts,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  accept: string;
  multiple?: boolean;
  texts: { choose: string; none: string; remove: (name: string) => string };
}) {
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen[]>([]);
  useEffect(() => () => chosen.forEach((c) => URL.revokeObjectURL(c.url)), [chosen]);

  const sync = () => setChosen([...(input.current?.files ?? [])].map((file) => ({ file, url: URL.createObjectURL(file) })));
  const remove = (index: number) => {
    const el = input.current;
    if (!el?.files) return;
    const kept = new DataTransfer();
    [...el.files].forEach((f, i) => i !== index && kept.items.add(f));
    el.files = kept.files;
    sync();
    el.focus();
  };

  return (
    <FieldFrame fieldId={id} label={label} hint={hint} errors={errors}>
      <div className="flex flex-wrap items-center gap-3">
        <input ref={input} id={id} name={name} type="file" multiple={multiple} accept={accept} onChange={sync} className="peer sr-only" {...fieldIds(id, Boolean(hint), errors)} />
        <label htmlFor={id} className={buttonClass('secondary', 'cursor-pointer peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-ink')}>
          <ImagePlus aria-hidden="true" size={18} />
          {texts.choose}
        </label>
        {chosen.length === 0 ? <span className="text-sm text-zinc-700">{texts.none}</span> : null}
      </div>
      {chosen.length > 0 ? (
        <ul className="mt-1 flex flex-wrap gap-2">
          {chosen.map((c, i) => (
            <li key={c.url} className="relative">
              {/* eslint-disable-next-line @next/next/no-img-element -- a local preview of a file not yet sent */}
              <img src={c.url} alt={c.file.name} className="size-20 rounded-md border border-zinc-300 object-cover" />
              <button type="button" onClick={() => remove(i)} aria-label={texts.remove(c.file.name)} title={texts.remove(c.file.name)} className="absolute -top-2 -right-2 inline-flex size-7 items-center justify-center rounded-full border border-zinc-300 bg-white text-zinc-800 shadow hover:bg-zinc-100">
                <X aria-hidden="true" size={14} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </FieldFrame>
  );
}
