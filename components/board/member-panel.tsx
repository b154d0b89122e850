import { Star } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { Action } from '@/lib/complaints/lifecycle';
import type { ComplaintView } from '@/lib/complaints/queries';
import type { FormAction } from '@/lib/forms/state';
import { ActionForm } from './action-form';

const DECISIONS = new Set(['solution_accepted', 'solution_rejected', 'reopened']);

export interface MemberActions {
  meToo: FormAction;
  follow: FormAction;
  /** Accept or reject a solution, withdraw. */
  authorDecision: FormAction;
  rate: FormAction;
}

/** What the viewer can do as a member: support, follow, and — as the author — decide and rate. */
export async function MemberPanel({ view, actions }: { view: ComplaintView; actions: MemberActions }) {
  const [t, ts] = await Promise.all([getTranslations('complaints.member'), getTranslations('survey')]);
  const id = { complaintId: view.id };
  const can = (a: Action) => view.viewer.actions.includes(a);
  // Confirming the solution already answered "is it solved?": the survey does not ask it again.
  const lastWord = view.timeline.filter((e) => DECISIONS.has(e.kind)).at(-1)?.kind;
  const saidSolved = view.status === 'resolved' && lastWord === 'solution_accepted';
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
              action={actions.meToo}
              hidden={{ ...id, on: String(!view.viewer.meToo) }}
              fields={[]}
              submitLabel={view.viewer.meToo ? t('meTooUndo') : t('meToo')}
              pendingLabel={t('working')}
              variant={view.viewer.meToo ? 'secondary' : 'primary'}
            />
          ) : null}
          {view.viewer.can.follow ? (
            <ActionForm action={actions.follow} hidden={{ ...id, on: String(!view.viewer.following) }} fields={[]} submitLabel={view.viewer.following ? t('unfollow') : t('follow')} pendingLabel={t('working')} variant="secondary" />
          ) : null}
        </div>
        {view.viewer.meToo ? <p className="text-sm text-zinc-700">{t('meTooDone')}</p> : null}
      </Card>
      {can('accept_solution') ? (
        <Card id="solution" className="flex flex-col gap-3 border-violet-300">
          <h2 className="text-lg font-semibold">{t('solutionTitle')}</h2>
          <p className="text-sm">{t('solutionHint')}</p>
          <ActionForm action={actions.authorDecision} hidden={{ ...id, decision: 'accept_solution' }} fields={[]} submitLabel={t('accept')} pendingLabel={t('working')} />
          <ActionForm
            action={actions.authorDecision}
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
          {saidSolved ? <p className="text-sm">{ts('alreadySolved')}</p> : null}
          <ActionForm
            action={actions.rate}
            hidden={saidSolved ? { ...id, solved: 'yes' } : id}
            fields={[
              ...(saidSolved ? [] : [{ kind: 'radio' as const, name: 'solved', label: t('solved'), options: yesNo }]),
              { kind: 'stars', name: 'rating', label: t('rating'), options: [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t('stars', { n }) })) },
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
          <ActionForm action={actions.authorDecision} hidden={{ ...id, decision: 'withdraw' }} fields={[]} submitLabel={t('withdraw')} pendingLabel={t('working')} variant="danger" />
        </details>
      ) : null}
    </div>
  );
}
