import type { Metadata } from 'next';
import { BackLink } from '@/components/ui/back-link';
import { forbidden, notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AnnouncementForm } from '@/components/announcements/announcement-form';
import { Card } from '@/components/ui/card';
import { BODY_MAX, TITLE_MAX } from '@/lib/announcements/fields';
import { getAnnouncement } from '@/lib/announcements/queries';
import { requirePermission } from '@/lib/auth/session';
import { updateAnnouncementAction } from '../actions';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('announcements.staff'))('editTitle') };
}

export default async function EditAnnouncementPage({ params }: Params) {
  const user = await requirePermission('publish:announcement');
  const announcement = await getAnnouncement(user, (await params).id);
  if (!announcement) notFound();
  if (announcement.bodyMd === null) forbidden();
  const t = await getTranslations('announcements.staff');
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <BackLink label={t('title')} href="/staff/announcements">
        {t('cancel')}
      </BackLink>
      <h1 className="text-2xl font-bold">{t('editTitle')}</h1>
      <Card>
        <AnnouncementForm
          mode="edit"
          action={updateAnnouncementAction}
          announcement={{ id: announcement.id, title: announcement.title, bodyMd: announcement.bodyMd }}
          titleMax={TITLE_MAX}
          bodyMax={BODY_MAX}
        />
      </Card>
    </div>
  );
}
