import type { Metadata } from 'next';
import { BackLink } from '@/components/ui/back-link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AnnouncementCard } from '@/components/announcements/announcement-card';
import { getAnnouncement } from '@/lib/announcements/queries';
import { requireMember } from '@/lib/auth/session';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const a = await getAnnouncement(await requireMember(), (await params).id);
  return { title: a?.title };
}

export default async function AnnouncementPage({ params }: Params) {
  const user = await requireMember();
  const announcement = await getAnnouncement(user, (await params).id);
  if (!announcement) notFound();
  const t = await getTranslations('announcements');
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <BackLink label={t('title')} href="/">
        {t('back')}
      </BackLink>
      <AnnouncementCard announcement={announcement} headingLevel={1} />
    </div>
  );
}
