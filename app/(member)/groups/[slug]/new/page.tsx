import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { NewThreadForm } from '@/components/threads/new-thread-form';
import { requireMember } from '@/lib/auth/session';
import { getGroupForPosting } from '@/lib/threads/queries';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('threads'))('newThread') };
}

export default async function NewThreadPage({ params }: Props) {
  const user = await requireMember();
  const group = await getGroupForPosting(user, (await params).slug);
  if (!group) notFound();
  if (!group.canPost) forbidden();
  const t = await getTranslations('threads');
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <nav aria-label={t('breadcrumb')} className="text-sm">
        <Link href={`/groups/${group.slug}`} className="text-brand-ink underline">
          {group.name}
        </Link>
      </nav>
      <h1 className="text-2xl font-bold">{t('newThread')}</h1>
      <p className="text-zinc-700">{t('newThreadIntro', { group: group.name })}</p>
      <NewThreadForm groupId={group.id} idempotencyKey={randomUUID()} />
    </div>
  );
}
