'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/session';
import { addComplaintsByNumber } from '@/lib/complaints/incidents/add-by-number';
import { postIncidentUpdate } from '@/lib/complaints/incidents/post-update';
import { formObject, runAction } from '@/lib/forms/run-action';
import type { FormState } from '@/lib/forms/state';

function refresh(incidentId: string) {
  revalidatePath('/staff/incidents');
  revalidatePath(`/staff/incidents/${incidentId}`);
  revalidatePath('/staff/complaints');
}

export async function postIncidentUpdateAction(_: FormState<{ updated: number }>, formData: FormData): Promise<FormState<{ updated: number }>> {
  const actor = await requirePermission('manage:incidents');
  // An unticked box sends nothing: "does not solve it".
  const input = { ...formObject(formData), resolves: formData.get('resolves') === 'on' };
  const state = await runAction(formData, () => postIncidentUpdate({ actor, input: input as never }));
  if (state.status === 'ok') refresh(String(formData.get('incidentId')));
  return state;
}

export async function addComplaintsAction(_: FormState<{ linked: number; asked: number }>, formData: FormData): Promise<FormState<{ linked: number; asked: number }>> {
  const actor = await requirePermission('manage:incidents');
  const state = await runAction(formData, () => addComplaintsByNumber({ actor, input: formObject(formData) as never }));
  if (state.status === 'ok') refresh(String(formData.get('incidentId')));
  return state;
}
