import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { isSilenced } from '@/lib/policy';
import type { CurrentUser } from '@/lib/auth/session';

/** On every page while an account is read-only: why, and until when (suspensions have their own page). */
export async function StandingBanner({ user }: { user: CurrentUser }) {
  if (!isSilenced(user)) return null;
  const [t, format] = await Promise.all([getTranslations('moderation.standing'), getFormatter()]);
  return (
    <div role="status" className="border-b border-amber-300 bg-amber-50 text-amber-950">
      <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-3 text-sm">
        <p className="font-semibold">
          {user.statusUntil ? t('silencedUntil', { until: format.dateTime(user.statusUntil, { dateStyle: 'long', timeStyle: 'short' }) }) : t('silenced')}
        </p>
        {user.statusReason ? <p>{t('reason', { reason: user.statusReason })}</p> : null}
        <p>
          <Link href="/moderation" className="font-semibold underline">
            {t('more')}
          </Link>
        </p>
      </div>
    </div>
  );
}
