'use server';

import { submitForm } from '@/lib/forms/submit';
import type { FormState } from '@/lib/forms/state';
import { resetSecondFactor } from '@/lib/two-factor/reset';
import { setTwoFactorGrace } from '@/lib/two-factor/settings';

export async function setGraceAction(_: FormState, formData: FormData) {
  return submitForm(formData, setTwoFactorGrace, { role: 'manager', refresh: true });
}

// No refresh: the row keeps its answer in place of the button (a refresh would drop the form with it).
export async function resetSecondFactorAction(_: FormState, formData: FormData) {
  return submitForm(formData, resetSecondFactor, { role: 'manager' });
}
