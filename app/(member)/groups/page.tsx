import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { VisibilityBadge } from '@/components/shell/visibility-badge';
import { requireMember } from '@/lib/auth/session';
import { listVisibleGroups } from '@/lib/groups/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('groups'))('title') };
}

export default async function GroupsPage() {
  const user = await requireMember();
  const [t, groups] = await Promise.all([getTranslations('groups'), listVisibleGroups(user)]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <ul className="grid gap-4 sm:grid-cols-2">
        {groups.map((g) => (
          <li key={g.id} className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
            <div className="flex items-start justify-between gap-2">
              <h2 className="text-lg font-semibold">
                <Link href={`/groups/${g.slug}`} className="text-brand-ink underline-offset-4 hover:underline">
                  {g.name}
                </Link>
              </h2>
              <VisibilityBadge visibility={g.visibility} />
            </div>
            <p className="mt-1 text-sm text-zinc-700">{g.description}</p>
            <p className="mt-2 text-sm text-zinc-700">
              {t('counts', { members: g.memberCount, threads: g.threadCount })}
              {g.myRole ? <span className="ml-2 font-medium text-green-800">· {t('youAreMember')}</span> : null}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
