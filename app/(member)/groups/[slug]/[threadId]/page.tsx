import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requireMember } from '@/lib/auth/session';
import { getThreadPage } from '@/lib/groups/queries';

type Params = { params: Promise<{ slug: string; threadId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, threadId } = await params;
  const page = await getThreadPage(await requireMember(), slug, threadId);
  return { title: page?.thread.title };
}

export default async function ThreadPage({ params }: Params) {
  const user = await requireMember();
  const { slug, threadId } = await params;
  const page = await getThreadPage(user, slug, threadId);
  if (!page) notFound();
  const [t, format] = await Promise.all([getTranslations('groups'), getFormatter()]);
  return (
    <article className="flex flex-col gap-4">
      <nav aria-label={t('breadcrumb')} className="text-sm">
        <Link href={`/groups/${page.group.slug}`} className="text-brand-ink underline">
          {page.group.name}
        </Link>
      </nav>
      <h1 className="text-2xl font-bold">{page.thread.title}</h1>
      <ol className="flex flex-col gap-3">
        {page.posts.map((p) => (
          <li key={p.id} className="rounded-lg border border-zinc-200 bg-white p-4">
            <p className="mb-2 text-sm text-zinc-700">
              <span className="font-semibold text-zinc-900">{p.authorName}</span>
              {p.authorTitle ? ` · ${p.authorTitle}` : ''} · <time dateTime={p.createdAt.toISOString()}>{format.dateTime(p.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
            </p>
            {/* Sanitized when it was written (lib/markdown). */}
            <div className="prose-post" dangerouslySetInnerHTML={{ __html: p.bodyHtml }} />
          </li>
        ))}
      </ol>
    </article>
  );
}
