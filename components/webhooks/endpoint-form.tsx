'use client';

import { useTranslations } from '@/components/i18n/intl';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { useKeptForm } from '@/components/ui/use-kept-form';
import type { FormAction } from '@/lib/forms/state';
import { EVENT_GROUPS, eventLabel, type WebhookEvent } from '@/lib/webhooks/catalog';

export interface EndpointValues {
  id?: string;
  url: string;
  description: string;
  events: readonly WebhookEvent[];
  active?: boolean;
}

/**
 * Registers an endpoint (with the form's key, so a double submit makes one) or edits one. What was
 * typed stays after a refusal; a new endpoint's signing secret is shown once, here.
 */
export function EndpointForm<T>({ action, values, idempotencyKey }: { action: FormAction<T>; values?: EndpointValues; idempotencyKey?: string }) {
  const t = useTranslations('webhooks');
  const { state, onSubmit } = useKeptForm(action);
  const { errors, message } = useFormErrors(state);
  const editing = Boolean(values?.id);
  const secret = (state.data as { secret?: string } | undefined)?.secret;
  const chosen = new Set(values?.events ?? []);
  const eventErrors = errors('events');
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {values?.id ? <input type="hidden" name="id" value={values.id} /> : null}
      {idempotencyKey ? <input type="hidden" name="idempotencyKey" value={idempotencyKey} /> : null}
      <Field name="url" type="url" inputMode="url" label={t('url')} hint={t('urlHint')} required autoComplete="off" defaultValue={values?.url} errors={errors('url')} maxLength={2000} />
      <Field name="description" label={t('description')} hint={t('descriptionHint')} autoComplete="off" defaultValue={values?.description} errors={errors('description')} maxLength={200} />
      <fieldset className="flex flex-col gap-3" aria-describedby={eventErrors?.length ? 'events-error' : undefined}>
        <legend className="text-sm font-medium text-zinc-800">{t('eventsLegend')}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          {Object.entries(EVENT_GROUPS).map(([group, events]) => (
            <div key={group} className="flex flex-col gap-2">
              <p className="text-sm font-semibold text-zinc-700">{t(`groups.${group}`)}</p>
              {events.map((e) => (
                <label key={e} className="flex min-h-11 items-center gap-2 text-sm">
                  <input type="checkbox" name={`event:${e}`} defaultChecked={chosen.has(e)} className="size-5" />
                  {t(`events.${eventLabel(e)}`)}
                </label>
              ))}
            </div>
          ))}
        </div>
        {eventErrors?.length ? (
          <p id="events-error" className="text-sm font-medium text-red-700">
            {eventErrors.join(' ')}
          </p>
        ) : null}
      </fieldset>
      {editing ? (
        <label className="flex min-h-11 items-center gap-2 text-sm font-medium">
          <input type="checkbox" name="active" defaultChecked={values?.active} className="size-5" />
          {t('active')}
        </label>
      ) : null}
      <div>
        <SubmitButton pendingLabel={editing ? t('saving') : t('adding')}>{editing ? t('save') : t('add')}</SubmitButton>
      </div>
      {state.status === 'error' && message && !state.fieldErrors ? <Alert tone="error">{message}</Alert> : null}
      {state.status === 'ok' && !editing && secret ? (
        <Alert tone="success">
          <p>{t('created')}</p>
          <p className="mt-2 font-medium">{t('secret')}</p>
          <code className="mt-1 block break-all rounded bg-white px-2 py-1 font-mono text-sm text-zinc-900" data-testid="webhook-secret">
            {secret}
          </code>
        </Alert>
      ) : null}
      {state.status === 'ok' && editing ? <Alert tone="success">{t('saved')}</Alert> : null}
    </form>
  );
}
