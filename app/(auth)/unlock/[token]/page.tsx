import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LinkProblem } from '@/components/auth/link-problem';
import { UnlockForm } from '@/components/auth/unlock-form';
import { Card } from '@/components/ui/card';
import { inspectUnlock } from '@/lib/auth/unlock';
import { unlockAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signInLock'))('title') };
}

/** Opening the link only asks; the button lifts the lockout. */
export default async function UnlockPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, link] = await Promise.all([getTranslations('signInLock'), inspectUnlock(token)]);
  if (link.state !== 'ready') return <LinkProblem title={t('title')} messageKey={`signInLock.${link.state}`} />;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <Card>
        <UnlockForm token={token} action={unlockAction} />
      </Card>
    </div>
  );
}
