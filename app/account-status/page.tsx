import { redirect } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { SanctionRecord } from '@/components/moderation/sanction-record';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { Alert } from '@/components/ui/alert';
import { isActive } from '@/lib/policy';
import { getCurrentUser } from '@/lib/auth/session';
import { sanctionsKeepingOut } from '@/lib/moderation/queries';
import { appealSanctionAction } from '@/app/(member)/moderation/actions';

/** Where a suspended or banned member lands: why, until when, and the one appeal against the sanction. */
export default async function AccountStatusPage() {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  if (isActive(user)) redirect('/');
  const [t, tm, format, measures] = await Promise.all([getTranslations('accountStatus'), getTranslations('moderation.mine'), getFormatter(), sanctionsKeepingOut(user)]);
  return (
    <main id="main" className="mx-auto flex max-w-lg flex-col gap-4 px-4 py-12">
      <h1 className="text-2xl font-bold">{t(user.status === 'banned' ? 'bannedTitle' : 'suspendedTitle')}</h1>
      {/* Why comes with until when: the reason of the measure that keeps them out, whatever its kind. */}
      <Alert tone="error">
        <p>
          {user.status === 'suspended' && user.statusUntil
            ? t('suspendedUntil', { until: format.dateTime(user.statusUntil, { dateStyle: 'long', timeStyle: 'short' }) })
            : t('bannedBody')}
        </p>
        {user.statusReason ? (
          <p className="mt-2 [overflow-wrap:anywhere]">
            <strong>{t('reason')}:</strong> {user.statusReason}
          </p>
        ) : null}
      </Alert>
      {measures.length > 0 ? (
        <section aria-labelledby="measures-heading">
          <h2 id="measures-heading" className="text-lg font-semibold">
            {tm('measures')}
          </h2>
          <ul className="divide-y divide-zinc-200">
            {measures.map((s) => (
              <SanctionRecord key={s.id} sanction={s} appeal={appealSanctionAction} />
            ))}
          </ul>
        </section>
      ) : null}
      <p className="text-sm text-zinc-700">{t('contact')}</p>
      <div>
        <SignOutButton />
      </div>
    </main>
  );
}
