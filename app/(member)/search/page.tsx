import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SearchForm, type SearchFormValues } from '@/components/search/search-form';
import { SearchResults } from '@/components/search/search-results';
import { Alert } from '@/components/ui/alert';
import { requireMember } from '@/lib/auth/session';
import { Invalid } from '@/lib/errors';
import { listSearchableGroups, QUERY_MAX, searchCommunity, type SearchResult } from '@/lib/search/queries';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('search'))('title') };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export default async function SearchPage({ searchParams }: Props) {
  const user = await requireMember();
  const params = await searchParams;
  const values: SearchFormValues = { q: first(params.q), group: first(params.group), author: first(params.author) };
  const [t, tAll, groups] = await Promise.all([getTranslations('search'), getTranslations(), listSearchableGroups(user)]);

  let result: SearchResult | null = null;
  let errors: Partial<Record<keyof SearchFormValues | 'page', string[]>> = {};
  try {
    result = await searchCommunity({ actor: user, input: { ...values, page: first(params.page) || undefined } });
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    errors = Object.fromEntries(Object.entries(e.fieldErrors).map(([field, keys]) => [field, keys.map((key) => tAll(key))]));
  }

  const pageHref = (page: number) => {
    const query = new URLSearchParams(Object.entries(values).filter(([, v]) => v !== ''));
    if (page > 1) query.set('page', String(page));
    return `/search?${query}`;
  };

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <SearchForm values={values} groups={groups} errors={errors} queryMax={QUERY_MAX} />
      {/* A hand-edited address: the page number has no field to sit next to. */}
      {errors.page ? <Alert tone="error">{errors.page.join(' ')}</Alert> : null}
      {result && result.query !== '' ? (
        <SearchResults result={result} pageHref={pageHref} />
      ) : Object.keys(errors).length === 0 ? (
        <div className="max-w-prose rounded-lg border border-dashed border-zinc-300 p-6">
          <h2 className="text-lg font-semibold">{t('emptyTitle')}</h2>
          <p className="mt-2 text-zinc-700">{t('emptyIntro')}</p>
          <p className="mt-2 text-sm text-zinc-700">{t('emptyTips')}</p>
        </div>
      ) : null}
    </div>
  );
}
