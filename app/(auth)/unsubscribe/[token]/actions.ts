'use server';

import { runAction } from '@/lib/forms/run-action';
import type { FormState } from '@/lib/forms/state';
import { unsubscribe } from '@/lib/mail/unsubscribe';

/** No session needed: the signed token names the message, and through it the person. */
export async function unsubscribeAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, () => unsubscribe({ token: String(formData.get('token') ?? '') }));
}
