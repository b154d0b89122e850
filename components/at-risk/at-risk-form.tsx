'use client';

import type { ReactNode } from 'react';
import { useActionState } from 'react';
import { useTranslations } from '@/components/i18n/intl';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import type { FormAction, FormState } from '@/lib/forms/state';

const IDLE: FormState = { status: 'idle' };

export type FieldHelp = ReturnType<typeof useFormErrors>;

/**
 * One small form of the members-at-risk page: it names its verb (`$intent`), carries the ids and the
 * idempotency key the page rendered (new on each render, so a double click acts once), shows field
 * errors next to the fields with the text kept, and says when it worked.
 */
export function AtRiskForm({
  action,
  intent,
  hidden,
  done,
  submit,
  pending,
  children,
}: {
  action: FormAction;
  intent: string;
  hidden: Record<string, string>;
  done: string;
  submit: string;
  pending: string;
  children: (help: FieldHelp) => ReactNode;
}) {
  const t = useTranslations('atRisk');
  const [state, formAction] = useActionState(action, IDLE);
  const help = useFormErrors(state);
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      {state.status === 'ok' ? <Alert tone="success">{t(done)}</Alert> : null}
      {state.status === 'error' && help.message ? <Alert tone="error">{help.message}</Alert> : null}
      <input type="hidden" name="$intent" value={intent} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children(help)}
      <div>
        <SubmitButton pendingLabel={t(pending)}>{t(submit)}</SubmitButton>
      </div>
    </form>
  );
}
