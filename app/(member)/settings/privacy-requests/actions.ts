'use server';

import { submitIntent } from '@/lib/forms/submit';
import type { FormState } from '@/lib/forms/state';
import { openPrivacyRequest } from '@/lib/privacy/requests';

export async function privacyRequestAction(_: FormState, formData: FormData) {
  return submitIntent(formData, { open: openPrivacyRequest }, { refresh: true });
}
