'use client';

import { useTranslations } from '@/components/i18n/intl';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { BoardSettings } from '@/lib/complaints/settings/queries';
import { FormMessage } from './form-message';
import { HiddenFields } from './hidden-fields';
import { useSettingsAction } from './settings-action';

export function BoardForm({ initial, daysMin, daysMax }: { initial: BoardSettings; daysMin: number; daysMax: number }) {
  const t = useTranslations('complaintSettings.board');
  const { state, action, errors, message, value } = useSettingsAction();
  // After an error the box shows what was sent: an unticked box sends nothing at all.
  const boardPublic = state.values ? state.values.boardPublic === 'on' : initial.boardPublic;
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <HiddenFields intent="updateBoard" />
      <div className="flex flex-col gap-1">
        <label className="flex min-h-11 items-center gap-3 font-medium text-zinc-900">
          <input type="checkbox" name="boardPublic" defaultChecked={boardPublic} className="size-5" aria-describedby="board-public-hint" />
          {t('public')}
        </label>
        <p id="board-public-hint" className="text-sm text-zinc-600">
          {t('publicHint')}
        </p>
      </div>
      <Field
        name="confirmationDays"
        type="number"
        inputMode="numeric"
        min={daysMin}
        max={daysMax}
        step={1}
        required
        label={t('confirmationDays')}
        hint={t('confirmationDaysHint')}
        defaultValue={value('confirmationDays') ?? initial.confirmationDays}
        errors={errors('confirmationDays')}
        className="max-w-xs"
      />
      <FormMessage state={state} message={message} success={t('saved')} />
      <div>
        <SubmitButton pendingLabel={t('saving')}>{t('save')}</SubmitButton>
      </div>
    </form>
  );
}
