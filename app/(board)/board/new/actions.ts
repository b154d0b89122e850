'use server';

import { redirect } from 'next/navigation';
import { requireMember } from '@/lib/auth/session';
import { fileComplaint } from '@/lib/complaints/file';
import { setMeToo } from '@/lib/complaints/me-too';
import { formFiles } from '@/lib/forms/files';
import { formObject, runAction } from '@/lib/forms/run-action';
import type { FormState } from '@/lib/forms/state';

export async function fileComplaintAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireMember();
  const f = formObject(formData);
  const photos = await formFiles(formData, 'photos');
  const state = await runAction(formData, () =>
    fileComplaint({
      actor,
      input: { title: f.title ?? '', body: f.body ?? '', categoryId: f.categoryId ?? '', branchId: f.branchId ?? '', photos, piiDecision: f.piiDecision as never, idempotencyKey: f.idempotencyKey ?? '' },
    }),
  );
  if (state.status === 'ok' && state.data) redirect(`/board/${state.data.number}`);
  return state;
}

/** "Me too" from the filing form's suggestions, instead of filing the same thing again. */
export async function meTooFromSuggestionAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireMember();
  return runAction(formData, () => setMeToo({ actor, input: { complaintId: String(formData.get('complaintId') ?? ''), on: true } }));
}
