import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { UnsubscribeForm } from '@/components/notifications/unsubscribe-form';
import { LinkProblem } from '@/components/auth/link-problem';
import { Card } from '@/components/ui/card';
import { inspectUnsubscribe } from '@/lib/mail/unsubscribe';
import { unsubscribeAction } from './actions';
import { asCategory } from '@/lib/notifications/categories';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('unsubscribe'))('title') };
}

/** Opening the link only asks; the button (or a mail client's one-click POST) does it. */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, settings, link] = await Promise.all([getTranslations('unsubscribe'), getTranslations('notificationSettings'), inspectUnsubscribe(token)]);
  if (link.state !== 'ready') return <LinkProblem title={t('title')} messageKey={`unsubscribe.${link.state}`} />;
  const named = asCategory(link.category);
  const digest = named === null;
  const category = named ? settings(`categories.${named}.title`) : '';
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <Card>
        <UnsubscribeForm
          token={token}
          question={digest ? t('confirmDigest') : t('confirm', { category })}
          done={digest ? t('doneDigest') : t('done', { category })}
          action={unsubscribeAction}
        />
      </Card>
    </div>
  );
}
