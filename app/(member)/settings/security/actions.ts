'use server';

import { changePassword } from '@/lib/auth/change-password';
import { requireMember } from '@/lib/auth/session';
import { signOutDevice, signOutOtherDevices } from '@/lib/devices/sign-out';
import { callVerb, submitForm } from '@/lib/forms/submit';
import type { FormState } from '@/lib/forms/state';
import { disableSecondFactor } from '@/lib/two-factor/disable';
import { confirmEnrolment, startEnrolment } from '@/lib/two-factor/enrol';

export async function startEnrolmentAction() {
  return callVerb(startEnrolment, {});
}

export async function confirmEnrolmentAction(_: FormState, formData: FormData) {
  return submitForm(formData, confirmEnrolment);
}

export async function disableSecondFactorAction(_: FormState, formData: FormData) {
  return submitForm(formData, disableSecondFactor, { refresh: true });
}

export async function signOutDeviceAction(_: FormState, formData: FormData) {
  return submitForm(formData, signOutDevice, { refresh: true });
}

// Which device is "this one" is the session's to say, never the form's.
export async function signOutOtherDevicesAction(_: FormState, formData: FormData) {
  const me = await requireMember();
  return submitForm(formData, signOutOtherDevices, { refresh: true, server: { currentSessionId: me.sessionId } });
}

export async function changePasswordAction(_: FormState, formData: FormData) {
  const me = await requireMember();
  return submitForm(formData, changePassword, { refresh: true, server: { currentSessionId: me.sessionId } });
}
