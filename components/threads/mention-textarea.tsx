'use client';

import { useTranslations } from '@/components/i18n/intl';
import { type KeyboardEvent, type RefObject, type TextareaHTMLAttributes, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';

interface Person {
  id: string;
  name: string;
}

// The word being typed after an @, up to the caret: "@an" → "an", "@Ana Ru" → "Ana Ru".
const TRIGGER = /(?:^|\s)@([\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*(?: [\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*)?)$/u;

/**
 * A textarea that offers people's names after "@": arrows to choose, Enter or Tab to insert, Escape
 * to close. Follows the ARIA combobox pattern so screen readers announce the options.
 */
export function MentionTextarea({
  value,
  onValueChange,
  textareaRef,
  onKeyDown: outerKeyDown,
  ...rest
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & { value: string; onValueChange: (v: string) => void; textareaRef?: RefObject<HTMLTextAreaElement | null> }) {
  const t = useTranslations('threads');
  const listId = useId();
  const own = useRef<HTMLTextAreaElement>(null);
  const ref = textareaRef ?? own;
  const [query, setQuery] = useState<string | null>(null);
  const [people, setPeople] = useState<Person[]>([]);
  const [active, setActive] = useState(0);
  // Where the caret goes once the inserted name is on screen, before the next key is typed.
  const caretAfterInsert = useRef<number | null>(null);

  useLayoutEffect(() => {
    if (caretAfterInsert.current === null || !ref.current) return;
    ref.current.setSelectionRange(caretAfterInsert.current, caretAfterInsert.current);
    caretAfterInsert.current = null;
  }, [value, ref]);

  useEffect(() => {
    if (!query) {
      setPeople([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/v1/mentions?q=${encodeURIComponent(query)}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : { people: [] }))
        .then((body: { people: Person[] }) => {
          setPeople(body.people);
          setActive(0);
        })
        .catch(() => undefined);
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const update = (next: string, caret: number) => {
    onValueChange(next);
    setQuery(TRIGGER.exec(next.slice(0, caret))?.[1] ?? null);
  };

  const insert = (person: Person) => {
    const el = ref.current;
    if (!el || query === null) return;
    const caret = el.selectionStart;
    const start = caret - query.length;
    const next = `${value.slice(0, start)}${person.name} ${value.slice(caret)}`;
    caretAfterInsert.current = start + person.name.length + 1;
    onValueChange(next);
    setQuery(null);
    el.focus();
  };

  const open = query !== null && people.length > 0;
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // The editor's shortcuts, while no list of names is open.
    if (!open) return outerKeyDown?.(e);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : people.length - 1)) % people.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      insert(people[active]!);
    } else if (e.key === 'Escape') {
      setQuery(null);
    }
  };

  return (
    <div className="relative">
      <textarea
        ref={ref}
        value={value}
        onChange={(e) => update(e.target.value, e.target.selectionStart)}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        className="min-h-32 w-full rounded-md border border-zinc-400 bg-white px-3 py-2 text-base text-zinc-900 aria-[invalid]:border-red-700"
        {...rest}
      />
      <ul id={listId} role="listbox" aria-label={t('mentionSuggestions')} hidden={!open} className="absolute left-0 z-10 mt-1 max-h-60 w-64 overflow-auto rounded-md border border-zinc-300 bg-white py-1 shadow-lg">
        {people.map((p, i) => (
          <li
            key={p.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              insert(p);
            }}
            className={`cursor-pointer px-3 py-2 text-sm ${i === active ? 'bg-brand text-brand-fg' : 'text-zinc-900'}`}
          >
            {p.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
