import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { NotificationList } from '@/components/notifications/notification-list';
import { Card } from '@/components/ui/card';
import { NewerOlderNav } from '@/components/ui/newer-older-nav';
import { SubmitButton } from '@/components/ui/submit-button';
import { requireMember } from '@/lib/auth/session';
import { listNotifications, unreadCount } from '@/lib/notifications/queries';
import { markAllNotificationsReadAction, openNotificationAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notifications'))('title') };
}

type Props = { searchParams: Promise<{ after?: string | string[] }> };

export default async function NotificationsPage({ searchParams }: Props) {
  const user = await requireMember();
  const { after } = await searchParams;
  const cursor = typeof after === 'string' ? after : null;
  const [t, page, unread] = await Promise.all([getTranslations('notifications'), listNotifications(user, cursor), unreadCount(user)]);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <Link href="/settings/notifications" className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-ink underline">
            {t('settingsLink')}
          </Link>
          {unread > 0 ? (
            <form action={markAllNotificationsReadAction}>
              <SubmitButton variant="secondary" pendingLabel={t('markingAll')}>
                {t('markAll')}
              </SubmitButton>
            </form>
          ) : null}
        </div>
      </div>
      {page.items.length === 0 && !cursor ? (
        <Card>
          <p className="max-w-prose text-zinc-800">{t('empty')}</p>
        </Card>
      ) : (
        <NotificationList items={page.items} open={openNotificationAction} />
      )}
      <NewerOlderNav
        label={t('pages')}
        newest={cursor ? { href: '/notifications', text: t('newest') } : null}
        older={page.nextCursor ? { href: `/notifications?after=${page.nextCursor}`, text: t('older') } : null}
      />
    </div>
  );
}
