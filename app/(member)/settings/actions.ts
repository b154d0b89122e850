'use server';

import { signOutEverywhere } from '@/lib/auth/sign-out-everywhere';
import { callVerb, submitForm } from '@/lib/forms/submit';
import type { FormState } from '@/lib/forms/state';
import { updateProfile } from '@/lib/profiles/update';

export async function signOutEverywhereAction() {
  return callVerb(signOutEverywhere, {});
}

export async function updateProfileAction(_: FormState, formData: FormData) {
  return submitForm(formData, updateProfile, { files: ['avatar'], refresh: true });
}
