'use server';

import { headers } from 'next/headers';
import { clientIpFrom } from '@/lib/auth/client-ip';
import { requestPasswordReset, resetPassword } from '@/lib/auth/password-reset';
import { runAction } from '@/lib/forms/run-action';
import type { FormState } from '@/lib/forms/state';
import { submitPublicForm } from '@/lib/forms/submit';
import { redeemInvitation } from '@/lib/invitations/redeem';
import { submitJoinRequest } from '@/lib/join-requests/submit';

async function ip(): Promise<string> {
  return clientIpFrom(await headers());
}

export async function joinRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitPublicForm(formData, submitJoinRequest);
}

export async function redeemInvitationAction(_: FormState, formData: FormData): Promise<FormState> {
  return submitPublicForm(formData, redeemInvitation);
}

export async function forgotPasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => requestPasswordReset({ input: { email: String(formData.get('email') ?? '') }, ip: await ip() }));
}

export async function resetPasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, () =>
    resetPassword({ input: { token: String(formData.get('token') ?? ''), password: String(formData.get('password') ?? '') } }),
  );
}
