import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { JoinRequestForm } from '@/components/auth/join-request-form';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { getBrand } from '@/lib/brand/queries';
import { normalizeInvitationCode } from '@/lib/security/tokens';
import { joinRequestAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('join'))('metaTitle') };
}

async function goToInvitation(formData: FormData) {
  'use server';
  const code = String(formData.get('code') ?? '').trim();
  redirect(`/join/${encodeURIComponent(code || '-')}`);
}

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const [t, brand, { code }] = await Promise.all([getTranslations('join'), getBrand(), searchParams]);
  if (code && normalizeInvitationCode(code)) redirect(`/join/${encodeURIComponent(code)}`);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title', { community: brand.name })}</h1>
        <p className="mt-2 text-zinc-700">{t('intro')}</p>
      </div>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t('code.title')}</h2>
        <form action={goToInvitation} className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <Field name="code" label={t('code.label')} placeholder="XXXX-XXXX-XXXX" autoComplete="off" className="flex-1" />
          <Button type="submit" variant="secondary">
            {t('code.submit')}
          </Button>
        </form>
      </Card>
      <Card>
        <h2 className="mb-1 text-lg font-semibold">{t('request.title')}</h2>
        <p className="mb-4 text-sm text-zinc-700">{t('request.intro')}</p>
        <JoinRequestForm askMembershipNumber={brand.askMembershipNumber} action={joinRequestAction} />
      </Card>
      <p className="text-sm text-zinc-700">
        {t('haveAccount')}{' '}
        <Link href="/sign-in" className="font-semibold text-brand-ink underline">
          {t('signIn')}
        </Link>
      </p>
    </div>
  );
}
