import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import type { ProfileDto } from '@/lib/profiles/queries';
import { Avatar } from './avatar';

/** A member as others see them: photo or initials, name, role, since when, bio, groups and latest messages. */
export async function ProfileView({ profile, texts, children }: { profile: ProfileDto; texts: { since: string; role: string | null; when: (d: Date) => string }; children: ReactNode }) {
  const t = await getTranslations('profiles');
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <Card className="flex flex-col gap-4">
        <div className="flex flex-col items-start gap-4 sm:flex-row sm:items-center">
          <Avatar url={profile.avatarUrl} initials={profile.initials} size={96} />
          <div className="flex min-w-0 flex-col gap-1">
            <h1 className="text-2xl font-bold break-words">{profile.displayName}</h1>
            {texts.role ? <p className="w-fit rounded bg-brand px-2 py-0.5 text-sm font-semibold text-brand-fg">{texts.role}</p> : null}
            <p className="text-sm text-zinc-700">{texts.since}</p>
          </div>
        </div>
        {profile.bio ? (
          <section aria-labelledby="profile-about">
            <h2 id="profile-about" className="sr-only">
              {t('about')}
            </h2>
            <p className="text-base leading-relaxed break-words whitespace-pre-line text-zinc-900">{profile.bio}</p>
          </section>
        ) : null}
        {children}
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t('groups')}</h2>
        {profile.groups.length ? (
          <ul className="flex flex-wrap gap-2">
            {profile.groups.map((g) => (
              <li key={g.slug}>
                <Link href={`/groups/${g.slug}`} className="inline-flex min-h-11 items-center rounded-full border border-zinc-300 bg-zinc-50 px-4 text-sm font-medium text-zinc-900 hover:bg-zinc-100">
                  {g.name}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-zinc-700">{t('noGroups')}</p>
        )}
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t('recentPosts')}</h2>
        {profile.recentPosts.length ? (
          <ol className="flex flex-col divide-y divide-zinc-200">
            {profile.recentPosts.map((p) => (
              <li key={p.id} className="flex flex-col gap-1 py-3 first:pt-0 last:pb-0">
                <p className="text-sm text-zinc-700">
                  <Link href={`/groups/${p.groupSlug}/${p.threadId}#post-${p.id}`} className="font-semibold text-brand-ink underline-offset-4 hover:underline">
                    {t('inThread', { thread: p.threadTitle, group: p.groupName })}
                  </Link>{' '}
                  · <time dateTime={p.createdAt.toISOString()}>{texts.when(p.createdAt)}</time>
                </p>
                <p className="break-words text-zinc-900">{p.excerpt}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-zinc-700">{t('noPosts')}</p>
        )}
      </Card>
    </div>
  );
}
