'use server';

import { submitIntent } from '@/lib/forms/submit';
import type { FormState } from '@/lib/forms/state';
import { publishLegalDocument } from '@/lib/privacy/legal';
import { assignPrivacyRequest, enterPrivacyRequest, resolvePrivacyRequest } from '@/lib/privacy/requests';
import { updateRetention } from '@/lib/privacy/retention';

/** Every form of the desk: each names its verb; the page re-renders with what changed. */
export async function privacyDeskAction(_: FormState, formData: FormData) {
  return submitIntent(formData, { enter: enterPrivacyRequest, assign: assignPrivacyRequest, resolve: resolvePrivacyRequest, publish: publishLegalDocument, retention: updateRetention }, { role: 'manager', refresh: true });
}

