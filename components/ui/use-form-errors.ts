'use client';

import { useTranslations } from '@/components/i18n/intl';
import type { FormState } from '@/lib/forms/state';

/** Translates a form state's keys: errors('email') gives the messages for that field. */
export function useFormErrors(state: FormState) {
  const t = useTranslations();
  return {
    errors: (field: string) => state.fieldErrors?.[field]?.map((key) => t(key)),
    message: state.message ? t(state.message, state.messageValues) : null,
    value: (field: string) => state.values?.[field],
  };
}
