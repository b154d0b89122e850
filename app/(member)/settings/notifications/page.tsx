import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PreferencesForm } from '@/components/notifications/preferences-form';
import { BackLink } from '@/components/ui/back-link';
import { requireMember } from '@/lib/auth/session';
import { preferencesOf } from '@/lib/notifications/preferences';
import { setPreferencesAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notificationSettings'))('title') };
}

export default async function NotificationSettingsPage() {
  const user = await requireMember();
  const [t, settings, rows] = await Promise.all([getTranslations('notificationSettings'), getTranslations('settings'), preferencesOf(user)]);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <BackLink href="/settings" label={settings('title')}>{settings('title')}</BackLink>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="max-w-prose text-zinc-800">{t('intro')}</p>
      <PreferencesForm rows={rows} action={setPreferencesAction} />
    </div>
  );
}
