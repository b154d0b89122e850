'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useTranslations } from '@/components/i18n/intl';

export interface ProgressView {
  status: 'draft' | 'queued' | 'running' | 'done';
  total: number;
  processed: number;
  counts: { created: number; updated: number; unchanged: number; refused: number };
  mail: { sent: number; pending: number; bounced: number } | null;
}

/**
 * The live progress of a commit. It reads the import's row (polling every second while it runs, every
 * five while invitations are still leaving), so a reload or another tab shows the same bar.
 */
export function RosterProgress({ importId, initial }: { importId: string; initial: ProgressView }) {
  const t = useTranslations('roster');
  const router = useRouter();
  const [view, setView] = useState(initial);
  const running = view.status === 'queued' || view.status === 'running';
  const mailing = (view.mail?.pending ?? 0) > 0;
  useEffect(() => {
    if (!running && !mailing) return;
    let stopped = false;
    const timer = setInterval(
      async () => {
        const res = await fetch(`/admin/members/import/${importId}/progress`, { cache: 'no-store' }).catch(() => null);
        if (!res?.ok || stopped) return;
        const next = (await res.json()) as ProgressView;
        setView(next);
        // The page's refused rows and counts come from the server once the import is done.
        if (next.status === 'done' && running) router.refresh();
      },
      running ? 1000 : 5000,
    );
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [importId, running, mailing, router]);
  const percent = view.total > 0 ? Math.round((view.processed / view.total) * 100) : 0;
  const c = view.counts;
  return (
    <div className="flex flex-col gap-3">
      <p role="status" aria-live="polite" className="font-medium">
        {view.status === 'queued' ? t('progress.queued') : view.status === 'running' ? t('progress.running', { processed: view.processed, total: view.total }) : t('progress.done', { total: view.total })}
      </p>
      <div role="progressbar" aria-label={t('progress.label')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${percent} %`} className="h-4 w-full overflow-hidden rounded-full border border-zinc-400 bg-zinc-100">
        <div className="h-full bg-brand transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="roster-counts">
        <li>{t('dryRun.created', { n: c.created })}</li>
        <li>{t('dryRun.updated', { n: c.updated })}</li>
        <li>{t('dryRun.unchanged', { n: c.unchanged })}</li>
        <li>{t('dryRun.refused', { n: c.refused })}</li>
      </ul>
      {view.mail ? (
        <p className="text-sm" data-testid="roster-mail">
          {t('progress.mail', view.mail)}
        </p>
      ) : null}
    </div>
  );
}
