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

/** A server action as a form calls it. Pages import their actions and hand them to components as props. */
export type FormAction<T = unknown> = (state: FormState<T>, formData: FormData) => Promise<FormState<T>>;
