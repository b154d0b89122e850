'use client';

import { useActionState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { type FormAction, IDLE } from '@/lib/forms/state';

/** The group verbs a button names in its hidden `$intent` field; the server action maps each to its verb. */
export type GroupIntent = 'join' | 'leave' | 'request' | 'respond' | 'decide' | 'invite' | 'setRole' | 'remove';

/**
 * One button (plus any extra controls) that runs one group verb. The error, if any, shows next to
 * the button; the page re-renders with the new state when it works.
 */
export function GroupAction({
  action: run,
  intent,
  fields,
  label,
  pendingLabel,
  variant = 'primary',
  children,
  className = '',
}: {
  action: FormAction;
  intent: GroupIntent;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  variant?: 'primary' | 'secondary' | 'danger';
  children?: ReactNode;
  className?: string;
}) {
  const [state, action] = useActionState(run, IDLE);
  const { message, errors } = useFormErrors(state);
  // These forms have few fields of their own: field errors are said in the one message.
  const details = Object.keys(state.fieldErrors ?? {}).flatMap((field) => errors(field) ?? []);
  return (
    <form action={action} className={`flex flex-col gap-2 ${className}`}>
      <input type="hidden" name="$intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <div>
        <SubmitButton variant={variant} pendingLabel={pendingLabel}>
          {label}
        </SubmitButton>
      </div>
      {state.status === 'error' && message ? <Alert tone="error">{[message, ...details].join(' ')}</Alert> : null}
    </form>
  );
}
