import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { VisibilityBadge } from '@/components/shell/visibility-badge';
import { Alert } from '@/components/ui/alert';
import { requireMember } from '@/lib/auth/session';
import { getGroupPage } from '@/lib/groups/queries';

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = await getGroupPage(await requireMember(), (await params).slug);
  return { title: page?.group.name };
}

export default async function GroupPage({ params }: Params) {
  const user = await requireMember();
  const page = await getGroupPage(user, (await params).slug);
  if (!page) notFound();
  const [t, format] = await Promise.all([getTranslations('groups'), getFormatter()]);
  const { group } = page;
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label={t('breadcrumb')} className="text-sm">
        <Link href="/groups" className="text-brand-ink underline">
          {t('title')}
        </Link>
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{group.name}</h1>
        <VisibilityBadge visibility={group.visibility} />
      </div>
      <p className="max-w-prose text-zinc-700">{group.description}</p>
      {!page.canRead ? (
        <Alert tone="info">{t('membersOnly')}</Alert>
      ) : page.threads.length === 0 ? (
        <p className="text-zinc-700">{t('noThreads')}</p>
      ) : (
        <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white">
          {page.threads.map((th) => (
            <li key={th.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
              <Link href={`/groups/${group.slug}/${th.id}`} className="font-medium text-brand-ink underline-offset-4 hover:underline">
                {th.title}
              </Link>
              <span className="text-sm text-zinc-700">
                {t('threadMeta', { author: th.authorName, replies: th.replyCount, when: format.relativeTime(th.lastPostAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
