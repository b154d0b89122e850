import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';

/** Above staff pages during the grace period: until when, and where to turn it on. */
export async function SecondFactorDueNotice({ dueAt }: { dueAt: Date | null }) {
  if (!dueAt) return null;
  const t = await getTranslations('twoFactor.security');
  return (
    <div className="mb-4">
      <Alert tone="info">
        {t('dueBy', { date: dueAt })}{' '}
        <Link href="/settings/security#two-factor" className="font-semibold underline">
          {t('start')}
        </Link>
      </Alert>
    </div>
  );
}
