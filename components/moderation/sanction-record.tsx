import { getFormatter, getTranslations } from 'next-intl/server';
import type { FormAction } from '@/lib/forms/state';
import type { MySanction } from '@/lib/moderation/queries';
import { AppealForm } from './appeal-form';

/** One sanction as the sanctioned person sees it: what, why, until when, whether it was lifted, and its one appeal. */
export async function SanctionRecord({ sanction: s, appeal }: { sanction: MySanction; appeal: FormAction }) {
  const [t, tm, format] = await Promise.all([getTranslations('moderation.mine'), getTranslations('moderation'), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <li id={`sanction-${s.id}`} className="flex flex-col gap-1 py-3 text-sm">
      <p className="font-semibold first-letter:uppercase">
        {tm(`subject.${s.kind}`)} · {date(s.createdAt)}
      </p>
      <p className="[overflow-wrap:anywhere]">{t('sanctionReason', { reason: s.reason })}</p>
      {s.liftedAt ? <p className="text-green-900">{t('lifted', { when: date(s.liftedAt) })}</p> : s.endsAt ? <p>{t('until', { until: date(s.endsAt) })}</p> : null}
      {s.liftNote && !s.appeal?.note ? <p>{t('liftNote', { note: s.liftNote })}</p> : null}
      {s.appeal ? (
        <div className="mt-1 rounded-md border border-zinc-200 bg-zinc-50 p-2">
          <p className="font-semibold">{tm(`appeal.status.${s.appeal.status}`)}</p>
          <p className="whitespace-pre-line [overflow-wrap:anywhere]">“{s.appeal.body}”</p>
          {s.appeal.note ? <p>{tm('decision.appealNote', { note: s.appeal.note })}</p> : null}
        </div>
      ) : s.canAppeal ? (
        <details className="mt-1">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-ink underline">{t('appealSanction')}</summary>
          <p className="mt-1 max-w-prose text-zinc-700">{t('appealSanctionIntro')}</p>
          <AppealForm against={{ sanctionId: s.id }} action={appeal} />
        </details>
      ) : null}
    </li>
  );
}
