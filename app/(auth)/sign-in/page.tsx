import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Card } from '@/components/ui/card';
import { getCurrentUser } from '@/lib/auth/session';
import { getBrand } from '@/lib/brand/queries';
import { localized } from '@/lib/i18n/localized';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { SsoButton } from '@/components/auth/sso-button';
import { parseBlocked } from '@/lib/auth/blocked-code';
import { SSO_PROVIDER_ID, ssoConfig } from '@/lib/sso/config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.signIn'))('title') };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const [t, brand, locale] = await Promise.all([getTranslations('auth.signIn'), getBrand(), getLocale()]);
  const welcome = localized(brand.welcomeText, brand.welcomeTextEn, locale);
  const sso = ssoConfig();
  // next-auth sends the browser back here with `error`: a kept-out account's code, or its own code for a failed sign-on.
  const error = typeof params.error === 'string' ? params.error : null;
  const problem = error && parseBlocked(error) ? error : error && sso ? 'sso_failed' : null;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        {welcome ? <p className="mt-2 text-zinc-700">{welcome}</p> : null}
      </div>
      <Card>
        <div className="flex flex-col gap-4">
          <SignInForm callbackUrl={callbackUrl} initialProblem={problem} ssoName={sso?.name} />
          {sso ? <SsoButton providerId={SSO_PROVIDER_ID} name={sso.name} callbackUrl={callbackUrl} /> : null}
        </div>
      </Card>
      <p className="text-sm text-zinc-700">
        {t('noAccount')}{' '}
        <Link href="/join" className="font-semibold text-brand-ink underline">
          {t('join')}
        </Link>
      </p>
    </div>
  );
}
