'use client';

import { Flag } from 'lucide-react';
import { useState } from 'react';
import { useTranslations } from '@/components/i18n/intl';
import { TextareaField } from '@/components/ui/textarea-field';
import type { FormAction } from '@/lib/forms/state';
import { REPORT_REASONS, type TargetType } from '@/lib/policy/moderation';
import { ActionForm } from './action-form';

/**
 * "Report": a small disclosure under a post, comment or profile. The reasons are radio buttons in a
 * fieldset; "other" asks for a few words. The reporter hears the outcome in their notifications.
 * The form is drawn when opened: a thread page has one under every post, and drawing 25 closed forms
 * doubled its size.
 */
export function ReportForm({ targetType, targetId, authorId, label, action }: { targetType: TargetType; targetId: string; authorId?: string; label?: string; action: FormAction }) {
  const t = useTranslations('moderation.report');
  const tr = useTranslations('moderation.reportReason');
  const id = `report-${targetType}-${targetId}`;
  const [open, setOpen] = useState(false);
  return (
    // Opened in a row of actions (quote, edit, delete), the form takes its own line after them.
    <details className="group open:order-last open:basis-full" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-3 text-sm font-semibold text-zinc-800 hover:bg-zinc-100">
        <Flag aria-hidden="true" size={16} />
        {label ?? t('open')}
      </summary>
      {open ? (
      <div className="mt-2 rounded-md border border-zinc-300 bg-zinc-50 p-3">
        <ActionForm action={action} fields={authorId ? {} : { target: `${targetType}:${targetId}` }} submit={t('submit')} success={t('thanks')}>
          {authorId ? (
            <fieldset className="flex flex-col gap-1">
              <legend className="mb-1 text-sm font-medium text-zinc-900">{t('what')}</legend>
              {[`${targetType}:${targetId}`, `profile:${authorId}`].map((value, i) => (
                <label key={value} className="flex min-h-11 items-center gap-2 text-sm">
                  <input type="radio" name="target" value={value} defaultChecked={i === 0} className="size-4" />
                  {i === 0 ? t(`this.${targetType}`) : t('this.profile')}
                </label>
              ))}
            </fieldset>
          ) : null}
          <fieldset className="flex flex-col gap-1">
            <legend className="mb-1 text-sm font-medium text-zinc-900">{t('why')}</legend>
            {REPORT_REASONS.map((reason, i) => (
              <label key={reason} className="flex min-h-11 items-center gap-2 text-sm">
                <input type="radio" name="reason" value={reason} defaultChecked={i === 0} className="size-4" />
                {tr(reason)}
              </label>
            ))}
          </fieldset>
          <TextareaField id={`${id}-note`} name="note" label={t('note')} hint={t('noteHint')} maxLength={500} />
        </ActionForm>
      </div>
      ) : null}
    </details>
  );
}
