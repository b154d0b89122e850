import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AuthorLink } from '@/components/profiles/author-link';
import { buttonClass } from '@/components/ui/button';
import type { SearchResult } from '@/lib/search/queries';

export async function SearchResults({ result, pageHref }: { result: SearchResult; pageHref: (page: number) => string }) {
  const [t, tg, format] = await Promise.all([getTranslations('search'), getTranslations('searchGroups'), getFormatter()]);
  if (result.hits.length === 0 && result.groups.length === 0) {
    return (
      <div role="status" className="rounded-lg border border-zinc-200 bg-white p-6">
        <p className="font-semibold">{t('noResults', { query: result.query })}</p>
        <p className="mt-1 text-zinc-700">{t('noResultsHint')}</p>
      </div>
    );
  }
  return (
    <section aria-labelledby="search-results" className="flex flex-col gap-3">
      <h2 id="search-results" className="text-lg font-semibold">
        {t('resultsFor', { query: result.query })}
        {result.page > 1 ? <span className="font-normal text-zinc-700"> · {t('pageOf', { page: result.page })}</span> : null}
      </h2>
      {result.groups.length > 0 ? (
        <section aria-labelledby="search-groups" className="flex flex-col gap-2">
          <h3 id="search-groups" className="text-sm font-semibold tracking-wide text-zinc-700 uppercase">
            {tg('heading')}
          </h3>
          <ul className="grid gap-2 sm:grid-cols-2">
            {result.groups.map((g) => (
              <li key={g.slug} className="rounded-lg border border-zinc-200 bg-white p-4">
                {/* Escaped text whose only markup is <mark>, like the hits below. */}
                <Link href={`/groups/${g.slug}`} className="font-semibold text-brand-ink underline-offset-4 hover:underline" dangerouslySetInnerHTML={{ __html: g.nameHtml }} />
                {g.descriptionHtml ? <p className="mt-1 text-sm text-zinc-800" dangerouslySetInnerHTML={{ __html: g.descriptionHtml }} /> : null}
                <p className="mt-1 text-sm text-zinc-700">{tg('members', { count: g.memberCount })}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ol className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white">
        {result.hits.map((hit) => (
          <li key={hit.postId ?? hit.threadId} className="flex flex-col gap-1 p-4">
            {/* titleHtml and snippetHtml are escaped text whose only markup is <mark> (lib/search/snippet). */}
            <Link
              href={`/groups/${hit.groupSlug}/${hit.threadId}${hit.postId ? `#post-${hit.postId}` : ''}`}
              className="font-medium text-brand-ink underline-offset-4 hover:underline"
              dangerouslySetInnerHTML={{ __html: hit.titleHtml }}
            />
            <p className="text-sm text-zinc-700">
              <AuthorLink id={hit.authorId} name={hit.authorName} className="font-medium" /> · {t('meta', { group: hit.groupName, when: format.relativeTime(hit.createdAt) })}
            </p>
            {hit.snippetHtml ? <p className="text-sm break-words text-zinc-900" dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} /> : null}
          </li>
        ))}
      </ol>
      {result.page > 1 || result.hasMore ? (
        <nav aria-label={t('pagination')} className="flex justify-between gap-3">
          {result.page > 1 ? (
            <Link href={pageHref(result.page - 1)} className={buttonClass('secondary')} rel="prev">
              {t('previous')}
            </Link>
          ) : (
            <span />
          )}
          {result.hasMore ? (
            <Link href={pageHref(result.page + 1)} className={buttonClass('secondary')} rel="next">
              {t('next')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
