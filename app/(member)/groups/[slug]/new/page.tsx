import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { BackLink } from '@/components/ui/back-link';
import { forbidden, notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { NewThreadForm } from '@/components/threads/new-thread-form';
import { requireMember } from '@/lib/auth/session';
import { findGroupBySlug } from '@/lib/groups/queries';
import { createThreadAction } from './actions';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('threads'))('newThread') };
}

export default async function NewThreadPage({ params }: Props) {
  const user = await requireMember();
  const group = await findGroupBySlug(user, (await params).slug);
  if (!group) notFound();
  if (!group.may.post) forbidden();
  const t = await getTranslations('threads');
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <BackLink label={t('breadcrumb')} href={`/groups/${group.slug}`}>
        {group.name}
      </BackLink>
      <h1 className="text-2xl font-bold">{t('newThread')}</h1>
      <p className="text-zinc-700">{t('newThreadIntro', { group: group.name })}</p>
      <NewThreadForm groupId={group.id} idempotencyKey={randomUUID()} action={createThreadAction} />
    </div>
  );
}
