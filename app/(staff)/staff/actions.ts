'use server';

import type { FormState } from '@/lib/forms/state';
import { submitForm } from '@/lib/forms/submit';
import { createInvitation } from '@/lib/invitations/create';
import { revokeInvitation } from '@/lib/invitations/revoke';
import { decideJoinRequest } from '@/lib/join-requests/decide';

const STAFF = { role: 'staff', revalidate: '/staff' } as const;

export async function createInvitationAction(_: FormState, formData: FormData): Promise<FormState<{ code: string }>> {
  return submitForm(formData, createInvitation, STAFF);
}

/** A plain form on the staff page: an invitation already revoked (or gone) simply stays so in the list. */
export async function revokeInvitationAction(formData: FormData): Promise<void> {
  await submitForm(formData, revokeInvitation, STAFF);
}

export async function decideJoinRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitForm(formData, decideJoinRequest, STAFF);
}
