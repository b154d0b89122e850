'use client';

import { useState } from 'react';
import { useTranslations } from '@/components/i18n/intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField, type SelectOption } from '@/components/ui/select-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { useKeptForm } from '@/components/ui/use-kept-form';
import type { FormAction } from '@/lib/forms/state';

export interface CreatedToken {
  token: string;
  name: string;
}

/**
 * Creating a token: its secret is shown here once, with a copy button, and never again. The fields
 * keep what was typed when the server refuses (a missing scope, a name too short).
 */
export function TokenForm({ action, scopes, people, expiries, me }: { action: FormAction<CreatedToken>; scopes: SelectOption[]; people: SelectOption[]; expiries: SelectOption[]; me: string }) {
  const t = useTranslations('integrations.page');
  const { state, onSubmit, pending } = useKeptForm(action);
  const { errors, message } = useFormErrors(state);
  const [copied, setCopied] = useState<string | null>(null);
  const created = state.status === 'ok' ? state.data : undefined;
  const scopeErrors = errors('scopes');
  const copy = async (token: string) => {
    await navigator.clipboard.writeText(token);
    setCopied(token);
  };
  return (
    <div className="flex flex-col gap-4">
      {created ? (
        <Alert tone="success">
          <p className="font-semibold">{t('created', { name: created.name })}</p>
          <p className="mt-1">{t('copyNow')}</p>
          <p className="mt-2 flex flex-wrap items-center gap-2">
            <span className="sr-only">{t('tokenLabel')}</span>
            <code className="break-all rounded bg-white px-2 py-1 font-mono text-sm text-zinc-900" data-testid="api-token">
              {created.token}
            </code>
            <Button type="button" variant="secondary" onClick={() => void copy(created.token)}>
              {copied === created.token ? t('copied') : t('copy')}
            </Button>
          </p>
        </Alert>
      ) : null}
      {state.status === 'error' && message && !state.fieldErrors ? <Alert tone="error">{message}</Alert> : null}
      <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate>
        <Field name="name" label={t('name')} hint={t('nameHint')} errors={errors('name')} maxLength={60} required />
        <div className="flex flex-col gap-1">
          <SelectField id="token-acts-for" name="actsFor" label={t('actsFor')} options={people} defaultValue={me} errors={errors('actsFor')} aria-describedby={errors('actsFor')?.length ? 'token-acts-for-error token-acts-for-hint' : 'token-acts-for-hint'} />
          <p id="token-acts-for-hint" className="text-sm text-zinc-600">
            {t('actsForHint')}
          </p>
        </div>
        <fieldset className="flex flex-col gap-2 sm:col-span-2" aria-describedby={scopeErrors?.length ? 'token-scopes-error token-scopes-hint' : 'token-scopes-hint'} aria-invalid={scopeErrors?.length ? true : undefined}>
          <legend className="text-sm font-medium text-zinc-800">{t('scopes')}</legend>
          <p id="token-scopes-hint" className="text-sm text-zinc-600">
            {t('scopesHint')}
          </p>
          <div className="grid gap-2 sm:grid-cols-2">
            {scopes.map((s) => (
              <label key={s.value} className="flex min-h-11 items-start gap-2 rounded-md border border-zinc-300 px-3 py-2">
                <input type="checkbox" name="scopes" value={s.value} className="mt-1 size-4" />
                <span>
                  <code className="font-mono text-sm">{s.value}</code>
                  <span className="block text-sm text-zinc-700">{s.label}</span>
                </span>
              </label>
            ))}
          </div>
          {scopeErrors?.length ? (
            <p id="token-scopes-error" className="text-sm font-medium text-red-700">
              {scopeErrors.join(' ')}
            </p>
          ) : null}
        </fieldset>
        <SelectField id="token-expires" name="expiresInDays" label={t('expires')} options={expiries} errors={errors('expiresInDays')} />
        <div className="sm:col-span-2">
          <Button type="submit" disabled={pending} aria-disabled={pending}>
            {pending ? t('pending') : t('submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
