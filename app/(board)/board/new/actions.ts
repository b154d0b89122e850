'use server';

import { redirect } from 'next/navigation';
import { fileComplaint } from '@/lib/complaints/file';
import { setMeToo } from '@/lib/complaints/me-too';
import type { FormState } from '@/lib/forms/state';
import { callVerb, submitForm } from '@/lib/forms/submit';

export async function fileComplaintAction(_: FormState, formData: FormData) {
  const state = await submitForm(formData, fileComplaint, { files: ['photos'] });
  if (state.status === 'ok' && state.data) redirect(`/board/${state.data.number}`);
  return state;
}

/** "Me too" from the filing form's suggestions, instead of filing the same thing again. */
export async function meTooFromSuggestionAction(_: FormState, formData: FormData) {
  return callVerb(setMeToo, { complaintId: String(formData.get('complaintId') ?? ''), on: true });
}
