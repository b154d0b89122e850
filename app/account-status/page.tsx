import { redirect } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { Alert } from '@/components/ui/alert';
import { isActive } from '@/lib/auth/policy';
import { getCurrentUser } from '@/lib/auth/session';

/** Where a suspended or banned member lands: why, and until when. */
export default async function AccountStatusPage() {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  if (isActive(user)) redirect('/');
  const [t, format] = await Promise.all([getTranslations('accountStatus'), getFormatter()]);
  return (
    <main id="main" className="mx-auto flex max-w-lg flex-col gap-4 px-4 py-12">
      <h1 className="text-2xl font-bold">{t(user.status === 'banned' ? 'bannedTitle' : 'suspendedTitle')}</h1>
      <Alert tone="error">
        {user.status === 'suspended' && user.statusUntil
          ? t('suspendedUntil', { until: format.dateTime(user.statusUntil, { dateStyle: 'long', timeStyle: 'short' }) })
          : t('bannedBody')}
      </Alert>
      {user.statusReason ? (
        <p>
          <strong>{t('reason')}:</strong> {user.statusReason}
        </p>
      ) : null}
      <p className="text-sm text-zinc-700">{t('contact')}</p>
      <div>
        <SignOutButton />
      </div>
    </main>
  );
}
