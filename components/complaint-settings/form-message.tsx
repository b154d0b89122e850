'use client';

import { Alert } from '@/components/ui/alert';
import type { FormState } from '@/lib/forms/state';

/**
 * The one line next to a form: its success text, or an error that belongs to no field shown (field
 * errors sit next to their field). A form without visible fields passes `fieldless`, so errors about
 * its hidden inputs are said here too.
 */
export function FormMessage({
  state,
  message,
  success,
  fieldless = false,
  errors,
}: {
  state: FormState;
  message: string | null;
  success?: string;
  fieldless?: boolean;
  errors?: (field: string) => string[] | undefined;
}) {
  if (state.status === 'ok' && success) return <Alert tone="success">{success}</Alert>;
  if (state.status !== 'error' || !message) return null;
  if (!fieldless) return state.fieldErrors ? null : <Alert tone="error">{message}</Alert>;
  const details = Object.keys(state.fieldErrors ?? {}).flatMap((field) => errors?.(field) ?? []);
  return <Alert tone="error">{[message, ...details].join(' ')}</Alert>;
}
