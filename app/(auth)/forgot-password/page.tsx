import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';
import { Card } from '@/components/ui/card';
import { forgotPasswordAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.forgot'))('title') };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations('auth.forgot');
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-zinc-700">{t('intro')}</p>
      </div>
      <Card>
        <ForgotPasswordForm action={forgotPasswordAction} />
      </Card>
      <Link href="/sign-in" className="text-sm font-semibold text-brand-ink underline">
        {t('back')}
      </Link>
    </div>
  );
}
