import { Star } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { authorDecisionAction, followAction, meTooAction, rateAction } from '@/app/(board)/board/[number]/actions';
import { Card } from '@/components/ui/card';
import type { Action } from '@/lib/complaints/lifecycle';
import type { ComplaintView } from '@/lib/complaints/queries';
import { ActionForm } from './action-form';

/** What the viewer can do as a member: support, follow, and — as the author — decide and rate. */
export async function MemberPanel({ view }: { view: ComplaintView }) {
  const t = await getTranslations('complaints.member');
  const id = { complaintId: view.id };
  const can = (a: Action) => view.viewer.actions.includes(a);
  const yesNo = [
    { value: 'yes', label: t('yes') },
    { value: 'no', label: t('no') },
  ];
  return (
    <div className="flex flex-col gap-4">
      <Card className="flex flex-col gap-3">
        <p className="text-sm">{t('counts', { meToo: view.meTooCount, followers: view.followerCount })}</p>
        <div className="flex flex-wrap gap-2">
          {view.viewer.can.me_too || view.viewer.meToo ? (
            <ActionForm
              action={meTooAction}
              hidden={{ ...id, on: String(!view.viewer.meToo) }}
              fields={[]}
              submitLabel={view.viewer.meToo ? t('meTooUndo') : t('meToo')}
              pendingLabel={t('working')}
              variant={view.viewer.meToo ? 'secondary' : 'primary'}
            />
          ) : null}
          {view.viewer.can.follow ? (
            <ActionForm action={followAction} hidden={{ ...id, on: String(!view.viewer.following) }} fields={[]} submitLabel={view.viewer.following ? t('unfollow') : t('follow')} pendingLabel={t('working')} variant="secondary" />
          ) : null}
        </div>
        {view.viewer.meToo ? <p className="text-sm text-zinc-700">{t('meTooDone')}</p> : null}
      </Card>
      {can('accept_solution') ? (
        <Card id="solution" className="flex flex-col gap-3 border-violet-300">
          <h2 className="text-lg font-semibold">{t('solutionTitle')}</h2>
          <p className="text-sm">{t('solutionHint')}</p>
          <ActionForm action={authorDecisionAction} hidden={{ ...id, decision: 'accept_solution' }} fields={[]} submitLabel={t('accept')} pendingLabel={t('working')} />
          <ActionForm
            action={authorDecisionAction}
            hidden={{ ...id, decision: 'reject_solution' }}
            fields={[{ kind: 'textarea', name: 'reason', label: t('rejectReason'), hint: t('rejectHint'), rows: 3 }]}
            submitLabel={t('reject')}
            pendingLabel={t('working')}
            variant="secondary"
          />
        </Card>
      ) : null}
      {view.viewer.can.rate ? (
        <Card id="rate" className="flex flex-col gap-3 border-emerald-300">
          <h2 className="text-lg font-semibold">{t('rateTitle')}</h2>
          <p className="text-sm">{t('rateHint')}</p>
          <ActionForm
            action={rateAction}
            hidden={id}
            fields={[
              { kind: 'radio', name: 'solved', label: t('solved'), options: yesNo },
              { kind: 'radio', name: 'rating', label: t('rating'), options: [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t('stars', { n }) })) },
              { kind: 'radio', name: 'wouldStay', label: t('wouldStay'), options: yesNo },
              { kind: 'textarea', name: 'comment', label: t('comment'), hint: t('commentHint'), rows: 3 },
            ]}
            submitLabel={t('sendRating')}
            pendingLabel={t('working')}
          />
        </Card>
      ) : null}
      {view.rating ? (
        <Card className="flex flex-col gap-1">
          <h2 className="flex items-center gap-2 text-lg font-semibold">
            <Star aria-hidden className="size-5" /> {t('ratingTitle')}
          </h2>
          <p className="text-sm">{t('ratingSummary', { rating: view.rating.rating, solved: view.rating.solved ? 'yes' : 'no', stay: view.rating.wouldStay ? 'yes' : 'no' })}</p>
          {view.rating.comment ? <p className="text-sm text-zinc-700">«{view.rating.comment}»</p> : null}
        </Card>
      ) : null}
      {can('withdraw') ? (
        <details className="rounded-md border border-zinc-200 bg-white p-3">
          <summary className="min-h-11 cursor-pointer content-center text-sm font-semibold">{t('withdrawTitle')}</summary>
          <p className="my-2 text-sm">{t('withdrawHint')}</p>
          <ActionForm action={authorDecisionAction} hidden={{ ...id, decision: 'withdraw' }} fields={[]} submitLabel={t('withdraw')} pendingLabel={t('working')} variant="danger" />
        </details>
      ) : null}
    </div>
  );
}
