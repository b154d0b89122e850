import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { requireMember } from '@/lib/auth/session';
import { getBrand } from '@/lib/brand/queries';
import { listVisibleGroups } from '@/lib/groups/queries';

export default async function HomePage() {
  const user = await requireMember();
  const [t, brand, groups, format] = await Promise.all([getTranslations('home'), getBrand(), listVisibleGroups(user), getFormatter()]);
  const mine = groups.filter((g) => g.myRole);
  return (
    <div className="flex flex-col gap-6">
      <section>
        <h1 className="text-2xl font-bold">{t('greeting', { name: user.displayName.split(' ')[0] ?? user.displayName })}</h1>
        {brand.welcomeText ? <p className="mt-2 max-w-prose text-zinc-700">{brand.welcomeText}</p> : null}
      </section>
      <div className="grid gap-6 md:grid-cols-3">
        <Card className="md:col-span-2">
          <h2 className="mb-3 text-lg font-semibold">{t('myGroups')}</h2>
          {mine.length === 0 ? (
            <p className="text-zinc-700">{t('noGroups')}</p>
          ) : (
            <ul className="divide-y divide-zinc-200">
              {mine.map((g) => (
                <li key={g.id} className="flex items-center justify-between gap-3 py-3">
                  <Link href={`/groups/${g.slug}`} className="font-medium text-brand-ink underline-offset-4 hover:underline">
                    {g.name}
                  </Link>
                  <span className="text-sm text-zinc-700">
                    {t('lastActivity', { when: format.relativeTime(g.lastActivityAt) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <Link href="/groups" className="mt-3 inline-block text-sm font-semibold text-brand-ink underline">
            {t('allGroups')}
          </Link>
        </Card>
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t('boardTitle')}</h2>
          <p className="text-sm text-zinc-700">{t('boardIntro')}</p>
          <Link href="/board" className="mt-3 inline-block text-sm font-semibold text-brand-ink underline">
            {t('boardLink')}
          </Link>
        </Card>
      </div>
    </div>
  );
}
