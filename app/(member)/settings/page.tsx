import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LocaleSwitcher } from '@/components/shell/locale-switcher';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { SignOutEverywhereButton } from '@/components/shell/sign-out-everywhere-button';
import { MyModerationLink } from '@/components/moderation/mine-link';
import { Card } from '@/components/ui/card';
import { requireMember } from '@/lib/auth/session';
import { switchLocale } from '@/app/actions/locale';
import { ProfileForm } from '@/components/profiles/profile-form';
import { profileHref } from '@/components/profiles/author-link';
import { BIO_MAX } from '@/lib/profiles/fields';
import { getOwnProfile } from '@/lib/profiles/queries';
import { signOutEverywhereAction, updateProfileAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('settings'))('title') };
}

export default async function SettingsPage() {
  const user = await requireMember();
  const t = await getTranslations('settings');
  const roles = await getTranslations('roles');
  const notices = await getTranslations('notificationSettings');
  const privacy = await getTranslations('privacy.settingsCard');
  const privacyRequests = await getTranslations('privacy.request');
  const security = await getTranslations('twoFactor.security');
  const [tp, profile] = await Promise.all([getTranslations('profiles'), getOwnProfile(user)]);
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t('profile')}</h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="font-medium text-zinc-700">{t('name')}</dt>
          <dd>{user.displayName}</dd>
          <dt className="font-medium text-zinc-700">{t('email')}</dt>
          <dd>{user.email}</dd>
          <dt className="font-medium text-zinc-700">{t('role')}</dt>
          <dd>
            {roles(user.role)}
            {user.staffTitle ? ` · ${user.staffTitle}` : ''}
          </dd>
        </dl>
      </Card>
      <Card id="profile">
        <h2 className="mb-1 text-lg font-semibold">{tp('settingsTitle')}</h2>
        <ProfileForm profile={profile} profileHref={profileHref(user.id)} bioMax={BIO_MAX} action={updateProfileAction} />
      </Card>
      <Card>
        <h2 className="mb-1 text-lg font-semibold">{notices('settingsCardTitle')}</h2>
        <p className="mb-3 text-sm text-zinc-700">{notices('settingsCardBody')}</p>
        <Link href="/settings/notifications" className="inline-flex min-h-11 items-center font-semibold text-brand-ink underline">
          {notices('settingsCardLink')}
        </Link>
      </Card>
      <Card>
        <h2 className="mb-1 text-lg font-semibold">{privacy('title')}</h2>
        <p className="mb-3 text-sm text-zinc-700">{privacy('body')}</p>
        <Link href="/settings/privacy" className="inline-flex min-h-11 items-center font-semibold text-brand-ink underline">
          {privacy('link')}
        </Link>
      </Card>
      <Card>
        <h2 className="mb-1 text-lg font-semibold">{privacyRequests('settingsCardTitle')}</h2>
        <p className="mb-3 text-sm text-zinc-700">{privacyRequests('settingsCardBody')}</p>
        <Link href="/settings/privacy-requests" className="inline-flex min-h-11 items-center font-semibold text-brand-ink underline">
          {privacyRequests('settingsCardLink')}
        </Link>
      </Card>
      <Card>
        <h2 className="mb-1 text-lg font-semibold">{security('settingsCardTitle')}</h2>
        <p className="mb-3 text-sm text-zinc-700">{security('settingsCardBody')}</p>
        <Link href="/settings/security" className="inline-flex min-h-11 items-center font-semibold text-brand-ink underline">
          {security('settingsCardLink')}
        </Link>
      </Card>
      <Card>
        <h2 className="mb-1 text-lg font-semibold">{t('language')}</h2>
        <p className="mb-3 text-sm text-zinc-700">{t('languageHint')}</p>
        <LocaleSwitcher action={switchLocale} />
      </Card>
      <Card>
        <h2 className="mb-1 text-lg font-semibold">{t('sessions')}</h2>
        <p className="mb-3 text-sm text-zinc-700">{t('sessionsHint')}</p>
        <div className="flex flex-wrap gap-3">
          <SignOutButton />
          <SignOutEverywhereButton action={signOutEverywhereAction} />
        </div>
      </Card>
      <Card>
        <MyModerationLink />
      </Card>
    </div>
  );
}
