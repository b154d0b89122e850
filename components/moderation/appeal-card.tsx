import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { moderationAction } from '@/app/(staff)/staff/moderation/actions';
import { Card } from '@/components/ui/card';
import { TextareaField } from '@/components/ui/textarea-field';
import type { PendingAppeal } from '@/lib/moderation/queries';
import { ActionForm } from './action-form';

/**
 * One pending appeal: what it is against (a hiding, a redaction, a sanction) and who decided it, the
 * appellant's words, and the two answers, or why this moderator may not give them.
 */
export async function AppealCard({ appeal: a }: { appeal: PendingAppeal }) {
  const [t, tm, tRoot, format] = await Promise.all([getTranslations('moderation.queue'), getTranslations('moderation'), getTranslations(), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });
  // A redacted fragment was kept nowhere: upholding can only acknowledge the mistake.
  const redaction = a.decision?.action === 'redact';
  const against = a.sanction
    ? t('appealOfSanction', { kind: tm(`subject.${a.sanction.kind}`), by: a.sanction.by ?? '', until: a.sanction.endsAt ? t('until', { date: date(a.sanction.endsAt) }) : t('noEnd') })
    : t('appealOf', { action: tm(`subject.${a.decision!.action}`), reason: a.decision!.reason ? tm(`tombstone.reason.${a.decision!.reason}`) : '', by: a.decision!.by ?? '' });
  return (
    <Card>
      <h3 className="font-semibold">{t('appealBy', { name: a.appellant, when: format.relativeTime(a.createdAt) })}</h3>
      <p className="mt-1 text-sm text-zinc-700">
        {against}
        {a.content?.href ? (
          <>
            {' · '}
            <Link href={a.content.href} className="font-semibold text-brand-ink underline">
              {t('openContext')}
            </Link>
          </>
        ) : null}
      </p>
      {a.sanction ? <p className="mt-1 text-sm">{tm('mine.sanctionReason', { reason: a.sanction.reason })}</p> : null}
      {a.content?.html ? <blockquote className="prose-post mt-2 max-h-48 overflow-auto rounded-md border-l-4 border-zinc-300 bg-zinc-50 p-3" dangerouslySetInnerHTML={{ __html: a.content.html }} /> : null}
      <p className="mt-2 whitespace-pre-line [overflow-wrap:anywhere]">“{a.body}”</p>
      {redaction ? <p className="mt-2 text-sm text-zinc-700">{t('redactionGone')}</p> : null}
      {a.refusal ? (
        <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">{tRoot(a.refusal)}</p>
      ) : (
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <ActionForm action={moderationAction} fields={{ $intent: 'decideAppeal', appealId: a.id, upheld: 'true' }} submit={t(a.sanction ? 'upholdSanction' : redaction ? 'acknowledge' : 'uphold')} variant="primary">
            <TextareaField id={`appeal-${a.id}-note`} name="note" label={t('decisionNote')} maxLength={500} />
          </ActionForm>
          <ActionForm action={moderationAction} fields={{ $intent: 'decideAppeal', appealId: a.id, upheld: 'false' }} submit={t(a.sanction ? 'rejectSanction' : redaction ? 'rejectRedaction' : 'reject')} className="flex flex-col gap-2 self-end" />
        </div>
      )}
    </Card>
  );
}
