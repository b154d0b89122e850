import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { FormAction } from '@/lib/forms/state';
import type { QueueItem } from '@/lib/moderation/queries';
import { ActionForm } from './action-form';
import { ModerateMenu, ReasonSelect } from './moderate-menu';
import { SanctionForm } from './sanction-form';
import { Tombstone } from './tombstone';

const CHIP = 'rounded-full border px-2 py-0.5 text-xs font-semibold';

/** The reason most reporters gave (or the rule that held it), when it is one a moderator hides with. */
function suggested(item: QueueItem): string | undefined {
  const top = [...item.reasons].sort((a, b) => b.count - a.count)[0]?.reason;
  if (top && top !== 'other') return top;
  return item.hold?.source === 'personal_data' ? 'personal_data' : item.hold ? 'abuse' : undefined;
}

/**
 * One entry of the queue: what was reported and why, where it lives, who wrote it and their record, who
 * is on it, and the decisions this moderator may take (or why not, e.g. a conflict of interest).
 */
export async function QueueItemCard({ item, viewer, action }: { item: QueueItem; viewer: { id: string; manager: boolean }; action: FormAction }) {
  const [t, tm, tRoot, format] = await Promise.all([getTranslations('moderation.queue'), getTranslations('moderation'), getTranslations(), getFormatter()]);
  const ref = { targetType: item.targetType, targetId: item.targetId };
  const blocked = item.refusals.review;
  const heading = `item-${item.id}`;
  return (
    <li className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm" aria-labelledby={heading}>
      <article className="flex flex-col gap-3">
        <header className="flex flex-wrap items-center gap-2">
          <h3 id={heading} className="text-base font-semibold">
            {t(`type.${item.targetType}`)}
            {item.content.title ? <span className="font-normal text-zinc-700"> · {item.content.title}</span> : null}
          </h3>
          <span className={`${CHIP} border-zinc-400 text-zinc-800`}>{t('weight', { weight: format.number(item.weight, { maximumFractionDigits: 1 }) })}</span>
          {item.reasons.map((r) => (
            <span key={r.reason} className={`${CHIP} border-red-300 bg-red-50 text-red-900`}>
              {t('reasonCount', { reason: tm(`reportReason.${r.reason}`), count: r.count })}
            </span>
          ))}
          {item.hold ? <span className={`${CHIP} border-amber-400 bg-amber-50 text-amber-950`}>{t(`hold.${item.hold.source}`, { detail: item.hold.detail ?? '' })}</span> : null}
        </header>
        <p className="text-sm text-zinc-700">
          {t('context', { when: format.relativeTime(item.createdAt) })}
          {item.content.groupName ? ` · ${item.content.groupName}` : ''}
          {item.content.complaintNumber ? ` · ${t('complaint', { number: item.content.complaintNumber })}` : ''}
          {item.content.href ? (
            <>
              {' · '}
              <Link href={item.content.href} className="font-semibold text-brand-ink underline">
                {t('openContext')}
              </Link>
            </>
          ) : null}
        </p>
        {item.content.hiddenReason && item.content.hiddenReason !== 'held' ? <Tombstone reason={item.content.hiddenReason} /> : null}
        {item.content.html ? (
          // Sanitized when it was written (lib/markdown).
          <blockquote className="prose-post max-h-64 overflow-auto rounded-md border-l-4 border-zinc-300 bg-zinc-50 p-3" dangerouslySetInnerHTML={{ __html: item.content.html }} />
        ) : null}
        {item.notes.length > 0 ? (
          <ul className="flex flex-col gap-1 text-sm text-zinc-800">
            {item.notes.map((note, i) => (
              <li key={i}>“{note}”</li>
            ))}
          </ul>
        ) : null}
        <p className="text-sm text-zinc-800">
          {t('author', {
            name: item.author.name,
            role: tm(`role.${item.author.role}`),
            since: format.dateTime(item.author.since, { dateStyle: 'medium' }),
            hidden: item.author.hiddenBefore,
            sanctions: item.author.sanctions,
          })}
        </p>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span>{item.assignee ? t('assignedTo', { name: item.assignee.name }) : t('unassigned')}</span>
          {item.assignee?.id === viewer.id ? (
            <ActionForm action={action} fields={{ $intent: 'assign', itemId: item.id, mine: 'false' }} submit={t('release')} variant="ghost" className="flex flex-col" />
          ) : (
            <ActionForm action={action} fields={{ $intent: 'assign', itemId: item.id, mine: 'true' }} submit={t('take')} variant="ghost" className="flex flex-col" />
          )}
        </div>
        {blocked ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">{tRoot(blocked)}</p>
        ) : (
          // One row of decisions, each button at the foot of its own form, so none is pushed out of line.
          <div className="flex flex-wrap items-end gap-3">
            {item.targetType !== 'profile' && (!item.content.hiddenReason || item.content.hiddenReason === 'held') ? (
              <ActionForm action={action} fields={{ $intent: 'hide', ...ref }} submit={tm('actions.hide')} variant="danger" className="flex flex-wrap items-end gap-2 [&>[role]]:basis-full">
                <ReasonSelect id={`queue-${item.id}-reason`} defaultValue={suggested(item)} className="min-w-52" />
              </ActionForm>
            ) : null}
            <ActionForm action={action} fields={{ $intent: 'dismiss', ...ref }} submit={item.content.hiddenReason === 'held' ? tm('actions.approve') : tm('actions.dismiss')} />
            {item.targetType === 'thread' ? (
              <ActionForm action={action} fields={{ $intent: 'lock', threadId: item.targetId, locked: item.content.locked ? '' : 'true' }} submit={item.content.locked ? tm('actions.unlock') : tm('actions.lock')} />
            ) : null}
          </div>
        )}
        {/* An opened menu takes its own line below the buttons rather than pushing them aside. */}
        <div className="flex flex-wrap gap-2 [&>details[open]]:order-last [&>details[open]]:basis-full">
          {!blocked && item.targetType !== 'profile' ? <ModerateMenu target={{ ...ref, hidden: item.content.hiddenReason !== null }} manager={viewer.manager} action={action} more /> : null}
          {item.author.id !== viewer.id ? <SanctionForm userId={item.author.id} name={item.author.name} manager={viewer.manager} action={action} /> : null}
        </div>
      </article>
    </li>
  );
}
