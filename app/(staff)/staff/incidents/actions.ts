'use server';

import { revalidatePath } from 'next/cache';
import { addComplaintsByNumber } from '@/lib/complaints/incidents/add-by-number';
import { postIncidentUpdate } from '@/lib/complaints/incidents/post-update';
import type { FormState } from '@/lib/forms/state';
import { submitForm } from '@/lib/forms/submit';

/** The incident's pages and the inbox list what changed. */
function afterChange<R>(state: FormState<R>, formData: FormData): FormState<R> {
  if (state.status === 'ok') {
    revalidatePath('/staff/incidents');
    revalidatePath(`/staff/incidents/${String(formData.get('incidentId'))}`);
    revalidatePath('/staff/complaints');
  }
  return state;
}

export async function postIncidentUpdateAction(_: FormState<{ updated: number }>, formData: FormData) {
  return afterChange(await submitForm(formData, postIncidentUpdate, { role: 'staff' }), formData);
}

export async function addComplaintsAction(_: FormState<{ linked: number; asked: number }>, formData: FormData) {
  return afterChange(await submitForm(formData, addComplaintsByNumber, { role: 'staff' }), formData);
}
