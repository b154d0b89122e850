'use server';

import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/lib/auth/session';
import { type InboxActionResult, runInboxAction } from '@/lib/complaints/inbox-action';
import { formObject, runAction } from '@/lib/forms/run-action';
import type { FormState } from '@/lib/forms/state';

export async function inboxAction(_: FormState<InboxActionResult>, formData: FormData): Promise<FormState<InboxActionResult>> {
  const actor = await requirePermission('view:complaint_inbox');
  // Several ticked boxes share one name; formObject would keep only the last.
  const complaintIds = formData.getAll('complaintIds').map(String);
  const state = await runAction(formData, () => runInboxAction({ actor, input: { complaintIds, fields: formObject(formData) } }));
  if (state.status === 'ok') {
    revalidatePath('/staff/complaints');
    revalidatePath('/staff/incidents');
  }
  return state;
}
