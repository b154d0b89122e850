import { getFormatter, getTranslations } from 'next-intl/server';
import { TextareaField } from '@/components/ui/textarea-field';
import type { FormAction } from '@/lib/forms/state';
import type { LiftableSanction } from '@/lib/moderation/queries';
import { ActionForm } from './action-form';

/** A member's sanctions in force, each with the manager's "lift" (the member is told; the audit log keeps why). */
export async function LiftSanctions({ sanctions, action }: { sanctions: LiftableSanction[]; action: FormAction }) {
  if (sanctions.length === 0) return null;
  const [t, tm, format] = await Promise.all([getTranslations('moderation.lift'), getTranslations('moderation'), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });
  return (
    <section className="mt-4 flex flex-col gap-2" aria-label={t('heading')}>
      <h3 className="font-semibold">{t('heading')}</h3>
      <ul className="flex flex-col gap-3">
        {sanctions.map((s) => (
          <li key={s.id} className="rounded-md border border-zinc-200 p-3 text-sm">
            <p className="font-semibold first-letter:uppercase">
              {tm(`subject.${s.kind}`)} · {date(s.createdAt)}
              {s.endsAt ? ` → ${date(s.endsAt)}` : ''}
            </p>
            <p className="[overflow-wrap:anywhere]">{tm('mine.sanctionReason', { reason: s.reason })}</p>
            <ActionForm action={action} fields={{ $intent: 'lift', sanctionId: s.id }} submit={t('submit')} success={t('done')} className="mt-2 flex flex-col gap-2">
              <TextareaField id={`lift-${s.id}-note`} name="note" label={t('note')} hint={t('noteHint')} maxLength={500} />
            </ActionForm>
          </li>
        ))}
      </ul>
    </section>
  );
}
