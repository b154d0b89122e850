'use server';

import { submitIntent } from '@/lib/forms/submit';
import type { FormState } from '@/lib/forms/state';
import { recordGuardianConsent } from '@/lib/privacy/minors';

export async function guardianConsentAction(_: FormState, formData: FormData) {
  return submitIntent(formData, { consent: recordGuardianConsent }, { role: 'staff', refresh: true });
}
