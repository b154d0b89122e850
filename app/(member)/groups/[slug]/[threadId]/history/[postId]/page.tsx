import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requireMember } from '@/lib/auth/session';
import { NotFound } from '@/lib/errors';
import { getPostHistory } from '@/lib/threads/queries';

type Props = { params: Promise<{ slug: string; threadId: string; postId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('threads'))('historyTitle') };
}

export default async function PostHistoryPage({ params }: Props) {
  const { slug, threadId, postId } = await params;
  const user = await requireMember();
  const history = /^[0-9a-f-]{36}$/i.test(postId)
    ? await getPostHistory(user, postId).catch((e: unknown) => {
        if (e instanceof NotFound) return null;
        throw e;
      })
    : null;
  if (!history || history.group.slug !== slug || history.thread.id !== threadId) notFound();
  const [t, format] = await Promise.all([getTranslations('threads'), getFormatter()]);
  return (
    <article className="flex flex-col gap-4">
      <p className="text-sm">
        <Link href={`/groups/${slug}/${threadId}#post-${postId}`} className="text-brand-ink underline">
          ← {t('backToThread')}: {history.thread.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t('historyTitle')}</h1>
      <section aria-labelledby="current" className="rounded-lg border border-brand-ink bg-white p-4">
        <h2 id="current" className="mb-2 text-sm font-semibold text-zinc-700">
          {t('historyCurrent')}
        </h2>
        <div className="prose prose-zinc prose-post max-w-none" dangerouslySetInnerHTML={{ __html: history.post.bodyHtml }} />
      </section>
      {history.revisions.length === 0 ? <p>{t('historyEmpty')}</p> : null}
      <ol className="flex flex-col gap-3">
        {history.revisions.map((r) => (
          <li key={r.id} className="rounded-lg border border-zinc-200 bg-white p-4">
            <p className="mb-2 text-sm text-zinc-700">{t('historyReplaced', { date: format.dateTime(r.replacedAt, { dateStyle: 'medium', timeStyle: 'short' }), name: r.editorName })}</p>
            <div className="prose prose-zinc prose-post max-w-none" dangerouslySetInnerHTML={{ __html: r.bodyHtml }} />
          </li>
        ))}
      </ol>
    </article>
  );
}
