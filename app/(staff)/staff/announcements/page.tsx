import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AnnouncementCard } from '@/components/announcements/announcement-card';
import { AnnouncementForm } from '@/components/announcements/announcement-form';
import { Button, buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { BODY_MAX, TITLE_MAX } from '@/lib/announcements/fields';
import { listAnnouncements } from '@/lib/announcements/queries';
import { requirePermission } from '@/lib/auth/session';
import { deleteAnnouncementAction, publishAnnouncementAction, unpinAnnouncementAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('announcements.staff'))('title') };
}

export default async function StaffAnnouncementsPage() {
  const user = await requirePermission('publish:announcement');
  const [t, list] = await Promise.all([getTranslations('announcements.staff'), listAnnouncements(user, { limit: 50 })]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2 max-w-prose text-zinc-700">{t('intro')}</p>
      </div>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t('newTitle')}</h2>
        {/* A new key each time the page renders, so each new announcement is its own submission. */}
        <AnnouncementForm mode="publish" action={publishAnnouncementAction} idempotencyKey={randomUUID()} titleMax={TITLE_MAX} bodyMax={BODY_MAX} />
      </Card>
      <section aria-labelledby="published" className="flex flex-col gap-3">
        <h2 id="published" className="text-lg font-semibold">
          {t('listTitle')}
        </h2>
        {list.length === 0 ? <p className="text-zinc-700">{t('none')}</p> : null}
        {list.map((a) => (
          <AnnouncementCard
            key={a.id}
            announcement={a}
            clamp
            actions={
              a.canChange ? (
                <>
                  <Link href={`/staff/announcements/${a.id}`} className={buttonClass('secondary')}>
                    {t('edit')}
                    <span className="sr-only">: {a.title}</span>
                  </Link>
                  {a.pinned ? (
                    <form action={unpinAnnouncementAction}>
                      <input type="hidden" name="id" value={a.id} />
                      <Button type="submit" variant="secondary">
                        {t('unpin')}
                        <span className="sr-only">: {a.title}</span>
                      </Button>
                    </form>
                  ) : null}
                  <details className="group">
                    <summary className={buttonClass('ghost', 'cursor-pointer list-none text-red-800')}>
                      {t('delete')}
                      <span className="sr-only">: {a.title}</span>
                    </summary>
                    <form action={deleteAnnouncementAction} className="mt-2 flex flex-col gap-2 rounded-md border border-red-200 bg-red-50 p-3">
                      <p className="text-sm text-red-900">{t('deleteWarning')}</p>
                      <input type="hidden" name="id" value={a.id} />
                      <div>
                        <Button type="submit" variant="danger">
                          {t('deleteConfirm')}
                        </Button>
                      </div>
                    </form>
                  </details>
                </>
              ) : (
                <p className="text-sm text-zinc-700">{t('notYours')}</p>
              )
            }
          />
        ))}
      </section>
    </div>
  );
}
