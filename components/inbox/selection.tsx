'use client';

import { createContext, type ReactNode, useContext, useEffect, useMemo, useRef, useState } from 'react';

interface Selection {
  /** Ticked complaints that are still on the page (a live refresh may take some away). */
  selected: string[];
  toggle: (id: string, on: boolean) => void;
  setAll: (on: boolean) => void;
  clear: () => void;
  total: number;
}

const SelectionContext = createContext<Selection | null>(null);

export function useSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error('useSelection outside SelectionProvider');
  return selection;
}

/** The complaints ticked on this page of the inbox, shared by the rows, "select all" and the action bar. */
export function SelectionProvider({ ids, children }: { ids: string[]; children: ReactNode }) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const value = useMemo<Selection>(() => {
    const selected = ids.filter((id) => ticked.has(id));
    return {
      selected,
      total: ids.length,
      toggle: (id, on) =>
        setTicked((prev) => {
          const next = new Set(prev);
          if (on) next.add(id);
          else next.delete(id);
          return next;
        }),
      setAll: (on) => setTicked(on ? new Set(ids) : new Set()),
      clear: () => setTicked(new Set()),
    };
  }, [ids, ticked]);
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

const BOX = 'inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center';

export function RowCheck({ id, label }: { id: string; label: string }) {
  const { selected, toggle } = useSelection();
  return (
    <label className={BOX}>
      <input type="checkbox" className="size-5" checked={selected.includes(id)} onChange={(e) => toggle(id, e.target.checked)} />
      <span className="sr-only">{label}</span>
    </label>
  );
}

/** Ticks every complaint on the page; shows "some" as a mixed state. */
export function SelectAll({ label, visibleLabel = false }: { label: string; visibleLabel?: boolean }) {
  const { selected, total, setAll } = useSelection();
  const box = useRef<HTMLInputElement>(null);
  const all = total > 0 && selected.length === total;
  useEffect(() => {
    if (box.current) box.current.indeterminate = selected.length > 0 && !all;
  }, [selected.length, all]);
  return (
    <label className={`${BOX} gap-2`}>
      <input ref={box} type="checkbox" className="size-5" checked={all} disabled={total === 0} onChange={(e) => setAll(e.target.checked)} />
      <span className={visibleLabel ? 'text-sm font-medium text-zinc-800' : 'sr-only'}>{label}</span>
    </label>
  );
}
