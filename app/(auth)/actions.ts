'use server';

import { requestPasswordReset, resetPassword } from '@/lib/auth/password-reset';
import type { FormState } from '@/lib/forms/state';
import { submitPublicForm } from '@/lib/forms/submit';
import { redeemInvitation } from '@/lib/invitations/redeem';
import { submitJoinRequest } from '@/lib/join-requests/submit';

export async function joinRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitPublicForm(formData, submitJoinRequest);
}

export async function redeemInvitationAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitPublicForm(formData, redeemInvitation);
}

export async function forgotPasswordAction(_: FormState, formData: FormData) {
  return submitPublicForm(formData, requestPasswordReset);
}

export async function resetPasswordAction(_: FormState, formData: FormData) {
  return submitPublicForm(formData, resetPassword);
}
