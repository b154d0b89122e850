import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/button';
import { SSO_REFUSALS, ssoConfig } from '@/lib/sso/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('sso.refused'))('title') };
}

/** Where a single sign-on the community refuses lands: what happened, in words, and the ways still open. */
export default async function SsoRefusedPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { reason } = await searchParams;
  const sso = ssoConfig();
  const known = SSO_REFUSALS.find((r) => r === reason);
  if (!sso || !known) notFound();
  const t = await getTranslations('sso.refused');
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <Card>
        <p className="text-zinc-800">{t(known, { name: sso.name })}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <Link href="/sign-in" className={buttonClass('primary')}>
            {t('signIn')}
          </Link>
          {known === 'roster' || known === 'mismatch' ? (
            <Link href="/join" className={buttonClass('secondary')}>
              {t('join')}
            </Link>
          ) : null}
        </div>
      </Card>
    </div>
  );
}
