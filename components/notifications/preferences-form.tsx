'use client';

import { useTranslations } from '@/components/i18n/intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { useKeptForm } from '@/components/ui/use-kept-form';
import type { FormAction } from '@/lib/forms/state';
import { type Category, type Channel, CHANNELS } from '@/lib/notifications/categories';

/** One group of four choices per category; saving keeps the choices on screen, whatever the answer. */
export function PreferencesForm({ rows, action }: { rows: { category: Category; channel: Channel }[]; action: FormAction }) {
  const t = useTranslations('notificationSettings');
  const { state, onSubmit, pending } = useKeptForm(action);
  const { message } = useFormErrors(state);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {rows.map(({ category, channel }) => (
        <fieldset key={category} className="rounded-lg border border-zinc-200 bg-white p-4 sm:p-5">
          <legend className="px-1 text-base font-semibold">{t(`categories.${category}.title`)}</legend>
          <p id={`hint-${category}`} className="mb-3 text-sm text-zinc-700">
            {t(`categories.${category}.body`)}
          </p>
          <div className="grid gap-1 sm:grid-cols-2">
            {CHANNELS.map((c) => (
              <label key={c} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 hover:bg-zinc-50">
                <input type="radio" name={category} value={c} defaultChecked={c === channel} aria-describedby={`hint-${category}`} className="size-5 accent-[var(--brand)]" />
                <span className="text-sm">{t(`channels.${c}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <p className="text-sm text-zinc-700">{t('digestHint')}</p>
      <div aria-live="polite">
        {state.status === 'ok' ? <Alert tone="success">{t('saved')}</Alert> : null}
        {state.status === 'error' && message ? <Alert tone="error">{message}</Alert> : null}
      </div>
      <div>
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? t('saving') : t('save')}
        </Button>
      </div>
    </form>
  );
}
