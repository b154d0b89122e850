'use client';

import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { useKeptForm } from '@/components/ui/use-kept-form';
import type { FormAction } from '@/lib/forms/state';

/**
 * One moderation form: hidden fields name the verb and its target, the visible ones (children) keep what
 * was typed when the server refuses, and the refusal's reason shows under the button.
 */
export function ActionForm({
  action,
  fields,
  children,
  submit,
  variant = 'secondary',
  success,
  className = 'flex flex-col gap-2',
}: {
  action: FormAction;
  fields: Record<string, string>;
  children?: ReactNode;
  submit: string;
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  success?: string;
  className?: string;
}) {
  const { state, onSubmit, pending } = useKeptForm(action);
  const { errors, message } = useFormErrors(state);
  const details = Object.keys(state.fieldErrors ?? {}).flatMap((field) => errors(field) ?? []);
  return (
    <form onSubmit={onSubmit} className={className} noValidate>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <div>
        <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending}>
          {submit}
        </Button>
      </div>
      {state.status === 'error' && message ? <Alert tone="error">{[message, ...details].join(' ')}</Alert> : null}
      {state.status === 'ok' && success ? <Alert tone="success">{success}</Alert> : null}
    </form>
  );
}
