import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AppealForm } from '@/components/moderation/appeal-form';
import { Tombstone } from '@/components/moderation/tombstone';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { requireMember } from '@/lib/auth/session';
import { NotFound } from '@/lib/errors';
import { getDecision } from '@/lib/moderation/queries';
import { appealAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('moderation.decision'))('title') };
}

/**
 * One decision: what moderation did and why. The author sees their own text, may appeal once, and
 * follows the appeal here; a reporter sees the outcome of their report.
 */
export default async function DecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireMember();
  const { id } = await params;
  const decision = await getDecision(user, id).catch((e: unknown) => {
    if (e instanceof NotFound) notFound();
    throw e;
  });
  const [t, tm, format] = await Promise.all([getTranslations('moderation.decision'), getTranslations('moderation'), getFormatter()]);
  return (
    <div className="flex flex-col gap-6">
      <BackLink label={t('back')} href="/moderation">
        {tm('mine.title')}
      </BackLink>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <Card>
        <p className="text-lg font-semibold">
          {t('what', { action: tm(`subject.${decision.action}`), target: tm(`queue.type.${decision.targetType}`) })}
        </p>
        {decision.reason ? <p className="mt-1">{t('why', { reason: tm(`tombstone.reason.${decision.reason}`) })}</p> : null}
        {decision.note ? <p className="mt-1 text-zinc-800">{t('note', { note: decision.note })}</p> : null}
        <p className="mt-1 text-sm text-zinc-700">{format.dateTime(decision.createdAt, { dateStyle: 'long', timeStyle: 'short' })}</p>
        {decision.stillHidden ? (
          <div className="mt-3">
            <Tombstone reason={decision.stillHidden} />
          </div>
        ) : decision.role !== 'reporter' && decision.action === 'hide' ? (
          <p className="mt-3 text-green-900">{t('visibleAgain')}</p>
        ) : null}
        {decision.href ? (
          <p className="mt-3">
            <Link href={decision.href} className="font-semibold text-brand-ink underline">
              {t('where')}
            </Link>
          </p>
        ) : null}
      </Card>
      {decision.content?.html ? (
        <Card>
          <h2 className="text-lg font-semibold">{t('yourText')}</h2>
          <blockquote className="prose-post mt-2 rounded-md border-l-4 border-zinc-300 bg-zinc-50 p-3" dangerouslySetInnerHTML={{ __html: decision.content.html }} />
        </Card>
      ) : null}
      {decision.appeal ? (
        <Card>
          <h2 className="text-lg font-semibold">{t('appealHeading')}</h2>
          <p className="mt-1 font-semibold">{tm(`appeal.status.${decision.appeal.status}`)}</p>
          {decision.appeal.body ? <p className="mt-1 whitespace-pre-line">“{decision.appeal.body}”</p> : null}
          {decision.appeal.note ? <p className="mt-1">{t('appealNote', { note: decision.appeal.note })}</p> : null}
        </Card>
      ) : decision.canAppeal ? (
        <Card>
          <h2 className="text-lg font-semibold">{t('appealHeading')}</h2>
          <p className="mt-1 max-w-prose text-zinc-700">{t('appealIntro')}</p>
          {decision.action === 'redact' ? <p className="mt-1 max-w-prose text-zinc-700">{t('redactionGone')}</p> : null}
          <AppealForm against={{ actionId: decision.id }} action={appealAction} />
        </Card>
      ) : null}
    </div>
  );
}
