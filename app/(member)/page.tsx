import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { AnnouncementCard } from '@/components/announcements/announcement-card';
import { HomeLive } from '@/components/home/home-live';
import { Card } from '@/components/ui/card';
import { requireMember } from '@/lib/auth/session';
import { getBrand } from '@/lib/brand/queries';
import { localized } from '@/lib/i18n/localized';
import { ThreadTitle } from '@/components/moderation/thread-title';
import { getHome } from '@/lib/home/queries';

export default async function HomePage() {
  const user = await requireMember();
  // Taken before the reads, so anything that changes while the page renders is caught up, not lost.
  const renderedAt = new Date().toISOString();
  const [t, ta, brand, home, format, locale] = await Promise.all([getTranslations('home'), getTranslations('announcements'), getBrand(), getHome(user), getFormatter(), getLocale()]);
  const welcome = localized(brand.welcomeText, brand.welcomeTextEn, locale);
  return (
    <div className="flex flex-col gap-6">
      <HomeLive groupIds={home.groups.map((g) => g.id)} renderedAt={renderedAt} />
      <section>
        <h1 className="text-2xl font-bold">{t('greeting', { name: user.displayName.split(' ')[0] ?? user.displayName })}</h1>
        {welcome ? <p className="mt-2 max-w-prose text-zinc-700">{welcome}</p> : null}
      </section>
      {home.announcements.length > 0 ? (
        <section aria-labelledby="home-announcements" className="flex flex-col gap-3">
          <h2 id="home-announcements" className="text-lg font-semibold">
            {ta('homeTitle')}
          </h2>
          {home.announcements.map((a) => (
            <AnnouncementCard key={a.id} announcement={a} clamp />
          ))}
        </section>
      ) : null}
      <div className="grid gap-6 md:grid-cols-3">
        <Card className="md:col-span-2">
          <h2 className="mb-3 text-lg font-semibold">{t('latestTitle')}</h2>
          {home.threads.length === 0 ? (
            <p className="text-zinc-700">{t('noThreads')}</p>
          ) : (
            <ul className="divide-y divide-zinc-200">
              {home.threads.map((th) => (
                <li key={th.id} className="flex flex-col gap-1 py-3">
                  <div className="flex items-start gap-2">
                    {th.unread ? (
                      <span className="mt-0.5 shrink-0 rounded-full bg-accent px-2 py-0.5 text-xs font-semibold text-accent-fg">{t('unread')}</span>
                    ) : null}
                    <Link href={`/groups/${th.groupSlug}/${th.id}`} className={`text-brand-ink underline-offset-4 hover:underline ${th.unread ? 'font-semibold' : 'font-medium'}`}>
                      <ThreadTitle title={th.title} hiddenReason={th.hiddenReason} />
                    </Link>
                  </div>
                  <span className="text-sm text-zinc-700">
                    {t('threadMeta', { author: th.authorName, group: th.groupName, replies: th.replyCount, when: format.relativeTime(th.lastPostAt) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <div className="flex flex-col gap-6">
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t('myGroups')}</h2>
            {home.groups.length === 0 ? (
              <p className="text-zinc-700">{t('noGroups')}</p>
            ) : (
              <ul className="divide-y divide-zinc-200">
                {home.groups.map((g) => (
                  <li key={g.id} className="flex flex-col gap-0.5 py-3">
                    <div className="flex items-center justify-between gap-2">
                      <Link href={`/groups/${g.slug}`} className="font-medium text-brand-ink underline-offset-4 hover:underline">
                        {g.name}
                      </Link>
                      {g.unreadCount > 0 ? (
                        <span className="shrink-0 rounded-full bg-accent px-2 py-0.5 text-xs font-semibold text-accent-fg">{t('unreadCount', { count: g.unreadCount })}</span>
                      ) : null}
                    </div>
                    <span className="text-sm text-zinc-700">{t('groupStats', { threads: g.threadCount, when: format.relativeTime(g.lastActivityAt) })}</span>
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
    </div>
  );
}
