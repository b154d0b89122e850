import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AppealCard } from '@/components/moderation/appeal-card';
import { QueueFilters } from '@/components/moderation/queue-filters';
import { QueueItemCard } from '@/components/moderation/queue-item';
import { LiveRefresh } from '@/components/shell/live-refresh';
import { requirePermission } from '@/lib/auth/session';
import { listPendingAppeals, listReviewQueue } from '@/lib/moderation/queries';
import { moderationAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('moderation.queue'))('title') };
}

type Props = { searchParams: Promise<{ reason?: string; group?: string }> };

/** The review queue, live for every moderator: reported and held items by weight, then the appeals. */
export default async function ModerationQueuePage({ searchParams }: Props) {
  const user = await requirePermission('view:review_queue');
  const q = await searchParams;
  const filters = { reason: typeof q.reason === 'string' ? q.reason : undefined, group: typeof q.group === 'string' ? q.group : undefined };
  const [t, queue, appeals] = await Promise.all([getTranslations('moderation.queue'), listReviewQueue(user, filters), listPendingAppeals(user)]);
  const viewer = { id: user.id, manager: user.role === 'manager' };
  return (
    <div className="flex flex-col gap-6">
      <LiveRefresh room="review-queue" events={['review:changed']} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        {viewer.manager ? (
          <p className="flex gap-4 text-sm">
            <Link href="/admin/moderation/words" className="font-semibold text-brand-ink underline">
              {t('wordsLink')}
            </Link>
            <Link href="/admin/audit" className="font-semibold text-brand-ink underline">
              {t('auditLink')}
            </Link>
          </p>
        ) : null}
      </div>
      <p className="max-w-prose text-zinc-700">{t('intro')}</p>
      <QueueFilters groups={queue.groups} current={filters} />
      <section aria-labelledby="queue-heading" className="flex flex-col gap-3">
        <h2 id="queue-heading" className="text-lg font-semibold">
          {t('pending', { count: queue.items.length })}
        </h2>
        {queue.items.length === 0 ? (
          <p className="text-zinc-700">{t('empty')}</p>
        ) : (
          <ol className="flex flex-col gap-4">
            {queue.items.map((item) => (
              <QueueItemCard key={item.id} item={item} viewer={viewer} action={moderationAction} />
            ))}
          </ol>
        )}
      </section>
      <section id="appeals" aria-labelledby="appeals-heading" className="flex flex-col gap-3">
        <h2 id="appeals-heading" className="text-lg font-semibold">
          {t('appeals', { count: appeals.length })}
        </h2>
        {appeals.length === 0 ? <p className="text-zinc-700">{t('noAppeals')}</p> : null}
        {appeals.map((a) => (
          <AppealCard key={a.id} appeal={a} action={moderationAction} />
        ))}
      </section>
    </div>
  );
}
