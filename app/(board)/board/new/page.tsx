import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { FileComplaintForm } from '@/components/board/file-form';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/session';
import { MAX_BODY, MAX_TITLE } from '@/lib/complaints/fields';
import { complaintOptions } from '@/lib/complaints/options';
import { fileComplaintAction, meTooFromSuggestionAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('complaints.file'))('title') };
}

export default async function NewComplaintPage() {
  await requirePermission('file:complaint');
  const [t, options] = await Promise.all([getTranslations('complaints.file'), complaintOptions(await getLocale())]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <BackLink href="/board" label={t("backLabel")}>{t("back")}</BackLink>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-zinc-700">{t('intro')}</p>
      <Card>
        <FileComplaintForm categories={options.categories} branches={options.branches} idempotencyKey={randomUUID()} limits={{ title: MAX_TITLE, body: MAX_BODY }} actions={{ file: fileComplaintAction, meToo: meTooFromSuggestionAction }} />
      </Card>
    </div>
  );
}
