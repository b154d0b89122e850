'use server';

import { headers } from 'next/headers';
import { clientIpFrom } from '@/lib/auth/client-ip';
import { requestPasswordReset, resetPassword } from '@/lib/auth/password-reset';
import { formObject, runAction } from '@/lib/forms/run-action';
import type { FormState } from '@/lib/forms/state';
import { submitPublicForm } from '@/lib/forms/submit';
import { redeemInvitation } from '@/lib/invitations/redeem';
import { submitJoinRequest } from '@/lib/join-requests/submit';

async function ip(): Promise<string> {
  return clientIpFrom(await headers());
}

export async function joinRequestAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => submitJoinRequest({ input: formObject(formData) as never, ip: await ip() }));
}

export async function redeemInvitationAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    await redeemInvitation({ input: formObject(formData) as never, ip: await ip() });
  });
}

export async function forgotPasswordAction(_: FormState, formData: FormData) {
  return submitPublicForm(formData, requestPasswordReset, { server: { ip: await ip() } });
}

export async function resetPasswordAction(_: FormState, formData: FormData) {
  return submitPublicForm(formData, resetPassword);
}
