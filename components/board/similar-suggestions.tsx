'use client';

import Link from 'next/link';
import { useTranslations } from '@/components/i18n/intl';
import { useActionState, useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { SimilarComplaint } from '@/lib/complaints/similar';
import { type FormAction, IDLE } from '@/lib/forms/state';

function Suggestion({ c, meToo }: { c: SimilarComplaint; meToo: FormAction }) {
  const t = useTranslations('complaints.file');
  const [state, action, pending] = useActionState(meToo, IDLE);
  const done = c.meToo || state.status === 'ok';
  return (
    <li className="flex flex-col gap-2 rounded-md border border-zinc-200 bg-white p-3 sm:flex-row sm:items-center sm:justify-between">
      <div>
        <Link href={`/board/${c.number}`} className="font-medium text-brand-ink underline-offset-4 hover:underline">
          #{c.number} {c.title}
        </Link>
        <p className="text-sm text-zinc-700">{t('similarCount', { count: c.meTooCount + (state.status === 'ok' && !c.meToo ? 1 : 0) })}</p>
      </div>
      {c.mine ? (
        <span className="text-sm text-zinc-700">{t('similarMine')}</span>
      ) : done ? (
        <span role="status" className="text-sm font-medium text-emerald-800">
          {t('meTooDone')}
        </span>
      ) : (
        <form action={action}>
          <input type="hidden" name="complaintId" value={c.id} />
          <Button type="submit" variant="secondary" disabled={pending}>
            {t('meToo')}
          </Button>
        </form>
      )}
    </li>
  );
}

/** Open complaints that look like the one being typed, so people add weight instead of duplicates. */
export function SimilarSuggestions({ title, meToo }: { title: string; meToo: FormAction }) {
  const t = useTranslations('complaints.file');
  const [found, setFound] = useState<SimilarComplaint[]>([]);
  useEffect(() => {
    const q = title.trim();
    if (q.length < 4) return setFound([]);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/v1/complaints/similar?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((r) => (r.ok ? (r.json() as Promise<{ complaints: SimilarComplaint[] }>) : { complaints: [] }))
        .then((body) => setFound(body.complaints))
        .catch(() => undefined);
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [title]);
  if (found.length === 0) return null;
  return (
    <section aria-labelledby="similar-title" aria-live="polite" className="flex flex-col gap-2 rounded-md border border-sky-200 bg-sky-50 p-3">
      <h2 id="similar-title" className="text-sm font-semibold text-sky-950">
        {t('similarTitle')}
      </h2>
      <ul className="flex flex-col gap-2">
        {found.map((c) => (
          <Suggestion key={c.id} c={c} meToo={meToo} />
        ))}
      </ul>
    </section>
  );
}
