import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { SelectOption } from '@/components/ui/select-field';
import type { AtRiskRow } from '@/lib/at-risk/queries';
import type { FormAction } from '@/lib/forms/state';
import { CloseFollowUpForm, LogFollowUpForm, OpenFollowUpForm, ValueBandForm } from './follow-up-forms';
import { LevelBadge } from './level-badge';

export interface CardContext {
  action: FormAction;
  viewer: { id: string; manager: boolean };
  people: SelectOption[];
  channels: readonly string[];
  outcomes: readonly string[];
  bands: readonly string[];
  today: string;
}

const DAY_MS = 86_400_000;
// A member at high risk is called within two days; one to watch within a week.
const DUE_DAYS = { high: 2, watch: 7, none: 7 } as const;

/** One member at risk: who, why (each reason in words, with its complaint), and the win-back follow-up. */
export async function MemberCard({ row, ctx }: { row: AtRiskRow; ctx: CardContext }) {
  const [t, format] = await Promise.all([getTranslations('atRisk'), getFormatter()]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });
  const f = row.followUp;
  const canClose = f && (f.assigneeId === ctx.viewer.id || ctx.viewer.manager);
  const defaultDue = new Date(Date.now() + DUE_DAYS[row.level] * DAY_MS).toISOString().slice(0, 10);
  return (
    <li id={`member-${row.memberId}`} className="flex scroll-mt-20 flex-col gap-4 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 className="text-lg font-semibold">{row.name}</h2>
          <p className="text-sm text-zinc-700">{t('tenure', { date: day(row.memberSince), years: row.tenureYears })}</p>
          {row.valueBand ? <p className="text-sm text-zinc-700">{t(`valueBands.${row.valueBand}`)}</p> : null}
        </div>
        <div className="flex flex-col items-end gap-1 text-right">
          <LevelBadge level={row.level} label={t(`levels.${row.level}`)} />
          {row.since ? <span className="text-sm text-zinc-700">{t('since', { date: day(row.since) })}</span> : null}
          {row.waitingDays !== null ? <span className="text-sm font-medium text-zinc-900">{t('waiting', { days: row.waitingDays })}</span> : null}
        </div>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby={`reasons-${row.memberId}`}>
          <h3 id={`reasons-${row.memberId}`} className="text-base font-semibold">
            {t('reasonsTitle')}
          </h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {row.reasons.map((r) => (
              <li key={`${r.signal}-${r.complaintId ?? ''}`}>
                <span className="sr-only">{t(`levels.${r.level}`)}: </span>
                {t(`signals.${r.signal}`, { number: r.complaintNumber ?? '' })}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby={`complaints-${row.memberId}`}>
          <h3 id={`complaints-${row.memberId}`} className="text-base font-semibold">
            {t('complaintsTitle')}
          </h3>
          <ul className="mt-1 space-y-1 text-sm">
            {row.complaints.map((c) => (
              <li key={c.id}>
                <Link href={`/board/${c.number}`} className="text-brand-ink underline underline-offset-4">
                  #{c.number} {c.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section aria-labelledby={`follow-up-${row.memberId}`} className="flex flex-col gap-3 border-t border-zinc-200 pt-3">
        <h3 id={`follow-up-${row.memberId}`} className="text-base font-semibold">
          {t('followUp.title')}
        </h3>
        {f ? null : <p className="text-sm text-zinc-700">{t('followUp.none')}</p>}
        {f ? (
          <>
            <p className="text-sm">{t('followUp.summary', { name: f.assigneeName ?? '', channel: t(`channels.${f.channel}`), due: day(f.dueAt) })}</p>
            {f.clock === 'breached' ? <p className="text-sm font-semibold text-red-800">{t('followUp.breached')}</p> : null}
            {f.clock === 'due_soon' ? <p className="text-sm font-semibold text-amber-900">{t('followUp.dueSoon')}</p> : null}
            <h4 className="text-sm font-semibold">{t('followUp.logTitle')}</h4>
            <ol className="space-y-2 text-sm">
              {f.log.map((e, i) => (
                <li key={i} className="rounded-md bg-zinc-50 p-2">
                  <p className="font-medium">
                    {t(`logKinds.${e.kind}`)}
                    {e.channel && e.kind === 'logged' ? ` · ${t(`channels.${e.channel}`)}` : ''}
                  </p>
                  {e.note ? <p className="whitespace-pre-line">{e.note}</p> : null}
                  <p className="text-zinc-700">{e.by ? t('followUp.by', { name: e.by, date: format.dateTime(e.at, { dateStyle: 'medium', timeStyle: 'short' }) }) : t('followUp.system', { date: day(e.at) })}</p>
                </li>
              ))}
            </ol>
            <div className="grid gap-4 md:grid-cols-2">
              <LogFollowUpForm action={ctx.action} idempotencyKey={randomUUID()} followUpId={f.id} channels={ctx.channels} channel={f.channel} />
              {canClose ? (
                <CloseFollowUpForm action={ctx.action} idempotencyKey={randomUUID()} followUpId={f.id} outcomes={ctx.outcomes} />
              ) : (
                <p className="text-sm text-zinc-700">{t('followUp.closeOnlyAssignee', { name: f.assigneeName ?? '' })}</p>
              )}
            </div>
          </>
        ) : (
          <details className="group flex flex-col gap-3">
            <summary className={buttonClass('primary', 'w-fit cursor-pointer list-none')}>{t('followUp.openTitle')}</summary>
            <div className="mt-3">
            <OpenFollowUpForm
              action={ctx.action}
              idempotencyKey={randomUUID()}
              memberId={row.memberId}
              channels={ctx.channels}
              people={ctx.people}
              me={ctx.viewer.id}
              defaultDue={defaultDue}
              minDue={ctx.today}
              complaints={row.complaints.map((c) => ({ value: c.id, label: `#${c.number} ${c.title}` }))}
            />
            </div>
          </details>
        )}
      </section>
      {ctx.viewer.manager ? (
        <div className="max-w-xs border-t border-zinc-200 pt-3">
          <ValueBandForm action={ctx.action} userId={row.memberId} bands={ctx.bands} band={row.valueBand} />
        </div>
      ) : null}
    </li>
  );
}
