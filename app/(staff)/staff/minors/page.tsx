import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { GuardianConsentForm } from '@/components/privacy/settings-forms';
import { requirePermission } from '@/lib/auth/session';
import { minors } from '@/lib/privacy/minors';
import { guardianConsentAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('privacy.minors'))('title') };
}

/** Members under 14 by the roster's dates of birth: those still waiting for a guardian first. */
export default async function MinorsPage() {
  await requirePermission('record:guardian_consent');
  const [t, format, rows] = await Promise.all([getTranslations('privacy.minors'), getFormatter(), minors()]);
  const day = (d: Date | string) => format.dateTime(new Date(d), { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-zinc-800">{t('intro')}</p>
      </div>
      {rows.length === 0 ? (
        <p className="text-zinc-800">{t('none')}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {rows.map((m) => (
            <li key={m.id} className="rounded-lg border border-zinc-200 bg-white p-4">
              <h2 className="font-semibold break-words">{m.displayName}</h2>
              <p className="text-sm text-zinc-700">{t('born', { date: day(m.birthDate!) })}</p>
              {m.recordedAt ? (
                <p className="mt-2 text-sm text-green-900">{t('consented', { guardian: m.guardianName ?? '', date: day(m.recordedAt) })}</p>
              ) : (
                <div className="mt-3 flex flex-col gap-2">
                  <p className="text-sm font-semibold text-red-900">{t('pending')}</p>
                  <GuardianConsentForm action={guardianConsentAction} userId={m.id} name={m.displayName} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
