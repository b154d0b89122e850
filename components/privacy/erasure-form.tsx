'use client';

import { useTranslations } from '@/components/i18n/intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { useKeptForm } from '@/components/ui/use-kept-form';
import type { FormAction } from '@/lib/forms/state';

const MODES = [
  ['anonymise', 'anonymise', 'anonymiseHint'],
  ['delete_content', 'deleteContent', 'deleteContentHint'],
] as const;

/** The two choices explained plainly, and a confirmation; a refused submit keeps what was chosen. */
export function ErasureForm({ action }: { action: FormAction }) {
  const t = useTranslations('privacy.erase');
  const { state, onSubmit, pending } = useKeptForm(action);
  const { errors, message } = useFormErrors(state);
  const modeErrors = errors('mode');
  const confirmErrors = errors('confirm');
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <fieldset className="flex flex-col gap-2" aria-describedby={modeErrors?.length ? 'erase-mode-error' : undefined}>
        <legend className="mb-1 text-base font-semibold">{t('modeLegend')}</legend>
        {MODES.map(([value, label, hint]) => (
          <label key={value} className="flex cursor-pointer items-start gap-3 rounded-md border border-zinc-200 p-3 hover:bg-zinc-50">
            <input type="radio" name="mode" value={value} defaultChecked={value === 'anonymise'} aria-describedby={`erase-${value}-hint`} className="mt-1 size-5 shrink-0 accent-[var(--brand)]" />
            <span className="flex flex-col gap-1">
              <span className="font-medium">{t(label)}</span>
              <span id={`erase-${value}-hint`} className="text-sm text-zinc-700">
                {t(hint)}
              </span>
            </span>
          </label>
        ))}
        {modeErrors?.length ? (
          <p id="erase-mode-error" className="text-sm font-medium text-red-700">
            {modeErrors.join(' ')}
          </p>
        ) : null}
      </fieldset>
      <p className="text-sm text-zinc-800">{t('complaints')}</p>
      <p className="text-sm text-zinc-800">{t('grace')}</p>
      <div className="flex flex-col gap-1">
        <label className="flex min-h-11 cursor-pointer items-center gap-3">
          <input type="checkbox" name="confirm" id="erase-confirm" aria-invalid={confirmErrors?.length ? true : undefined} aria-describedby={confirmErrors?.length ? 'erase-confirm-error' : undefined} className="size-5 shrink-0 accent-[var(--brand)]" />
          <span className="text-sm font-medium">{t('confirm')}</span>
        </label>
        {confirmErrors?.length ? (
          <p id="erase-confirm-error" className="text-sm font-medium text-red-700">
            {confirmErrors.join(' ')}
          </p>
        ) : null}
      </div>
      <div aria-live="polite">{state.status === 'error' && message && !state.fieldErrors ? <Alert tone="error">{message}</Alert> : null}</div>
      <div>
        <Button type="submit" variant="danger" disabled={pending} aria-disabled={pending}>
          {t('submit')}
        </Button>
      </div>
    </form>
  );
}

/** The open request: when it runs, and the way back. */
export function CancelErasure({ action }: { action: FormAction }) {
  const t = useTranslations('privacy.erase');
  const { state, onSubmit, pending } = useKeptForm(action);
  const { message } = useFormErrors(state);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      <div aria-live="polite">
        {state.status === 'ok' ? <Alert tone="success">{t('cancelled')}</Alert> : null}
        {state.status === 'error' && message ? <Alert tone="error">{message}</Alert> : null}
      </div>
      {state.status === 'ok' ? null : (
        <div>
          <Button type="submit" variant="secondary" disabled={pending} aria-disabled={pending}>
            {t('cancel')}
          </Button>
        </div>
      )}
    </form>
  );
}
