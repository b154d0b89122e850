import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RetentionForm } from '@/components/privacy/settings-forms';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { retentionLimits, retentionOf } from '@/lib/privacy/retention';
import { privacyDeskAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('privacy.retention'))('title') };
}

export default async function RetentionPage() {
  await requirePermission('manage:retention');
  const [t, tp, values] = await Promise.all([getTranslations('privacy.retention'), getTranslations('privacy'), retentionOf()]);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <BackLink href="/admin/privacy" label={tp('desk.title')}>
        {tp('desk.detail.back')}
      </BackLink>
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-zinc-800">{t('intro')}</p>
      </div>
      <Card>
        <RetentionForm action={privacyDeskAction} values={values} limits={retentionLimits} />
      </Card>
    </div>
  );
}
