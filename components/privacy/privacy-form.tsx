'use client';

import type { ReactNode } from 'react';
import { useActionState } from 'react';
import { useTranslations } from '@/components/i18n/intl';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import type { FormAction, FormState } from '@/lib/forms/state';

const IDLE: FormState = { status: 'idle' };

export type PrivacyFieldHelp = ReturnType<typeof useFormErrors>;

/**
 * One form of the privacy pages: it names its verb (`$intent`) and carries the ids and the idempotency
 * key the page rendered; field errors sit next to the fields with the text kept; it says when it worked.
 */
export function PrivacyForm({
  action,
  intent,
  hidden = {},
  done,
  submit,
  pending,
  variant,
  children,
}: {
  action: FormAction;
  intent: string;
  hidden?: Record<string, string>;
  done: string;
  submit: string;
  pending: string;
  variant?: 'primary' | 'secondary' | 'danger';
  children?: (help: PrivacyFieldHelp) => ReactNode;
}) {
  const t = useTranslations('privacy');
  const [state, formAction] = useActionState(action, IDLE);
  const help = useFormErrors(state);
  const formError = help.errors('_form')?.[0];
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      {state.status === 'ok' ? <Alert tone="success">{t(done)}</Alert> : null}
      {state.status === 'error' && (formError ?? help.message) ? <Alert tone="error">{formError ?? help.message}</Alert> : null}
      <input type="hidden" name="$intent" value={intent} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children?.(help)}
      <div>
        <SubmitButton pendingLabel={t(pending)} variant={variant}>
          {t(submit)}
        </SubmitButton>
      </div>
    </form>
  );
}
