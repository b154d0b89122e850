import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LinkProblem } from '@/components/auth/link-problem';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { Card } from '@/components/ui/card';
import { resetLinkIsUsable } from '@/lib/auth/password-reset';
import { resetPasswordAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.reset'))('title') };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations('auth.reset');
  if (!(await resetLinkIsUsable(token))) return <LinkProblem title={t('problemTitle')} messageKey="auth.reset.invalidLink" />;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <Card>
        <ResetPasswordForm token={token} action={resetPasswordAction} />
      </Card>
    </div>
  );
}
