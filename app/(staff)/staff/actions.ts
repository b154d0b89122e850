'use server';

import { revalidatePath } from 'next/cache';
import { requireRole } from '@/lib/auth/session';
import { formObject, runAction } from '@/lib/forms/run-action';
import type { FormState } from '@/lib/forms/state';
import { createInvitation } from '@/lib/invitations/create';
import { revokeInvitation } from '@/lib/invitations/revoke';
import { decideJoinRequest } from '@/lib/join-requests/decide';

export async function createInvitationAction(_: FormState, formData: FormData): Promise<FormState<{ code: string }>> {
  const actor = await requireRole('staff');
  const state = await runAction(formData, async () => {
    const inv = await createInvitation({ actor, input: formObject(formData) });
    return { code: inv.code };
  });
  revalidatePath('/staff');
  return state;
}

export async function revokeInvitationAction(formData: FormData): Promise<void> {
  const actor = await requireRole('staff');
  await revokeInvitation({ actor, input: { invitationId: String(formData.get('invitationId')) } }).catch(() => undefined);
  revalidatePath('/staff');
}

export async function decideJoinRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('staff');
  const state = await runAction(formData, () => decideJoinRequest({ actor, input: formObject(formData) as never }));
  revalidatePath('/staff');
  return state;
}
