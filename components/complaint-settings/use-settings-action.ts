'use client';

import { useActionState } from 'react';
import { complaintSettingsAction } from '@/app/(admin)/admin/complaints/actions';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { IDLE } from '@/lib/forms/state';

/** One settings form's state: its errors and typed values (translated), and the action to submit to. */
export function useSettingsAction() {
  const [state, action] = useActionState(complaintSettingsAction, IDLE);
  return { state, action, ...useFormErrors(state) };
}
