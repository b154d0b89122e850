'use server';

import { redirect } from 'next/navigation';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { submitForm } from '@/lib/forms/submit';
import type { FormState } from '@/lib/forms/state';
import { acceptLegalDocuments } from '@/lib/privacy/legal';

/** Accepting the versions shown, then on to the page the member was going to. */
export async function acceptTermsAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await submitForm(formData, acceptLegalDocuments, { anyStanding: true });
  if (state.status === 'ok' && state.data?.stale) return { status: 'error', message: 'privacy.accept.stale' };
  if (state.status === 'ok') redirect(safeCallbackUrl(formData.get('next')));
  return state;
}
