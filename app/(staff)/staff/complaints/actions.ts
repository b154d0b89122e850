'use server';

import { revalidatePath } from 'next/cache';
import { type InboxActionResult, runInboxAction } from '@/lib/complaints/inbox-action';
import { formObject } from '@/lib/forms/run-action';
import type { FormState } from '@/lib/forms/state';
import { submitForm } from '@/lib/forms/submit';

export async function inboxAction(_: FormState<InboxActionResult>, formData: FormData): Promise<FormState<InboxActionResult>> {
  // Several ticked boxes share one name; the form's fields would keep only the last of them.
  const complaintIds = formData.getAll('complaintIds').map(String);
  const state = await submitForm(formData, ({ actor }) => runInboxAction({ actor, input: { complaintIds, fields: formObject(formData) } }), { role: 'staff' });
  if (state.status === 'ok') {
    revalidatePath('/staff/complaints');
    revalidatePath('/staff/incidents');
  }
  return state;
}
