'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { buttonClass } from '@/components/ui/button';
import { FormMessage } from './form-message';
import { HiddenFields } from './hidden-fields';
import { type SettingsIntent, useSettingsAction } from './settings-action';

function Submit({ label, context, icon, iconOnly, variant, disabled }: { label: string; context?: string; icon?: ReactNode; iconOnly: boolean; variant: 'primary' | 'secondary' | 'danger' | 'ghost'; disabled: boolean }) {
  const { pending } = useFormStatus();
  const off = disabled || pending;
  return (
    <button
      type="submit"
      disabled={off}
      aria-disabled={off}
      // Several rows have the same buttons: the name says which row this one acts on.
      aria-label={context ? `${label}: ${context}` : undefined}
      title={iconOnly ? label : undefined}
      className={buttonClass(variant, iconOnly ? 'w-11 shrink-0 px-0' : '')}
    >
      {icon}
      <span className={iconOnly ? 'sr-only' : undefined}>{label}</span>
    </button>
  );
}

/** One button that runs one settings verb; its error (or its success text) shows right under it. */
export function IntentButton({
  intent,
  fields,
  label,
  context,
  icon,
  iconOnly = false,
  variant = 'secondary',
  disabled = false,
  success,
}: {
  intent: SettingsIntent;
  fields: Record<string, string>;
  label: string;
  context?: string;
  icon?: ReactNode;
  iconOnly?: boolean;
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  disabled?: boolean;
  success?: string;
}) {
  const { state, action, message, errors } = useSettingsAction();
  return (
    <form action={action} className="flex flex-col gap-2">
      <HiddenFields intent={intent} fields={fields} />
      <div>
        <Submit label={label} context={context} icon={icon} iconOnly={iconOnly} variant={variant} disabled={disabled} />
      </div>
      <FormMessage state={state} message={message} success={success} errors={errors} fieldless />
    </form>
  );
}
