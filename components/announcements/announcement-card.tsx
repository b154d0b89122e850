import { Pin } from 'lucide-react';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { AnnouncementView } from '@/lib/announcements/queries';

/**
 * One announcement, signed by the staff member with their title. `clamp` shortens long ones to a
 * teaser with a link to the whole text (the home page); `actions` are the staff controls.
 */
export async function AnnouncementCard({ announcement: a, clamp = false, actions, headingLevel = 3 }: { announcement: AnnouncementView; clamp?: boolean; actions?: ReactNode; headingLevel?: 1 | 2 | 3 }) {
  const [t, format] = await Promise.all([getTranslations('announcements'), getFormatter()]);
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={`rounded-lg border bg-white p-4 shadow-sm ${a.pinned ? 'border-brand' : 'border-zinc-200'}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Heading className={headingLevel === 1 ? 'text-2xl font-bold' : 'text-lg font-semibold'}>{clamp ? <Link href={`/announcements/${a.id}`} className="underline-offset-4 hover:underline">{a.title}</Link> : a.title}</Heading>
        {a.pinned ? (
          <span className="inline-flex items-center gap-1 rounded-full bg-brand px-2 py-0.5 text-xs font-semibold text-brand-fg">
            <Pin aria-hidden="true" size={12} />
            {t('pinned')}
          </span>
        ) : null}
      </div>
      <p className="mt-1 text-sm text-zinc-700">
        {a.authorTitle ? t('signedWithTitle', { name: a.authorName, title: a.authorTitle }) : a.authorName} ·{' '}
        <time dateTime={a.createdAt.toISOString()}>{format.dateTime(a.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
      </p>
      {/* Sanitized when it was written (lib/markdown). */}
      <div className={`prose prose-zinc prose-post mt-3 max-w-none ${clamp ? 'line-clamp-4' : ''}`} dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
      {clamp ? (
        <Link href={`/announcements/${a.id}`} className="mt-2 inline-block text-sm font-semibold text-brand-ink underline">
          {t('readMore')}
          <span className="sr-only">: {a.title}</span>
        </Link>
      ) : null}
      {actions ? <div className="mt-3 flex flex-wrap gap-2 border-t border-zinc-100 pt-3">{actions}</div> : null}
    </article>
  );
}
