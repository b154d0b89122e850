'use client';

import { ShieldCheck } from 'lucide-react';
import { useTranslations } from '@/components/i18n/intl';
import { Field } from '@/components/ui/field';
import type { FormAction } from '@/lib/forms/state';
import { HIDE_REASONS, type TargetType } from '@/lib/policy/moderation';
import { ActionForm } from './action-form';
import { SelectField } from '@/components/ui/select-field';

export interface MenuTarget {
  targetType: TargetType;
  targetId: string;
  hidden: boolean;
}

/** The reason select every hiding, redaction and deletion carries. */
export function ReasonSelect({ id, defaultValue, className }: { id: string; defaultValue?: string; className?: string }) {
  const t = useTranslations('moderation');
  return <SelectField id={id} name="reason" label={t('actions.reason')} defaultValue={defaultValue} className={className} options={HIDE_REASONS.map((r) => ({ value: r, label: t(`tombstone.reason.${r}`) }))} />;
}

/**
 * A moderator's menu on one post, comment or thread: hide with a reason (or restore), take out a
 * fragment, and for managers delete. Refusals (conflict of interest, staff content) come back with their reason.
 * `more`: the review queue shows hiding next to the item already, so its menu holds the rest.
 */
export function ModerateMenu({ target, manager, action, groups, more = false }: { target: MenuTarget; manager: boolean; action: FormAction; groups?: { id: string; name: string }[]; more?: boolean }) {
  const t = useTranslations('moderation.actions');
  const ref = { targetType: target.targetType, targetId: target.targetId };
  const id = `mod-${target.targetType}-${target.targetId}`;
  return (
    <details>
      <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-3 text-sm font-semibold text-zinc-800 hover:bg-zinc-100">
        <ShieldCheck aria-hidden="true" size={16} />
        {more ? t('more') : t('menu')}
      </summary>
      <div className="mt-2 grid gap-4 rounded-md border border-zinc-300 bg-zinc-50 p-3 sm:grid-cols-2">
        {more ? null : target.hidden ? (
          <ActionForm action={action} fields={{ $intent: 'restore', ...ref }} submit={t('restore')} />
        ) : (
          <ActionForm action={action} fields={{ $intent: 'hide', ...ref }} submit={t('hide')} variant="danger">
            <ReasonSelect id={`${id}-hide`} />
          </ActionForm>
        )}
        {target.targetType !== 'thread' && !target.hidden ? (
          <ActionForm action={action} fields={{ $intent: 'redact', ...ref }} submit={t('redact')}>
            <Field id={`${id}-fragment`} name="fragment" label={t('fragment')} hint={t('fragmentHint')} />
            <ReasonSelect id={`${id}-redact`} />
          </ActionForm>
        ) : null}
        {target.targetType === 'thread' && groups ? (
          <ActionForm action={action} fields={{ $intent: 'move', threadId: target.targetId }} submit={t('move')}>
            <SelectField id={`${id}-move`} name="groupId" label={t('moveTo')} options={groups.map((g) => ({ value: g.id, label: g.name }))} />
          </ActionForm>
        ) : null}
        {manager && target.targetType !== 'complaint_comment' ? (
          <ActionForm action={action} fields={{ $intent: 'delete', ...ref }} submit={t('delete')} variant="danger">
            <ReasonSelect id={`${id}-delete`} />
          </ActionForm>
        ) : null}
      </div>
    </details>
  );
}
