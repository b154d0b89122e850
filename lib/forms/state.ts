import type { FieldErrors } from '@/lib/errors';

/** What a server action hands back to its form: field errors (i18n keys) and what the user typed. */
export interface FormState<T = unknown> {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  messageValues?: Record<string, string | number>;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
  details?: Record<string, unknown>;
  data?: T;
}

export const IDLE: FormState = { status: 'idle' };
