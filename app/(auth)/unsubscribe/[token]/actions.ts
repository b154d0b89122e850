'use server';

import { submitPublicForm } from '@/lib/forms/submit';
import type { FormState } from '@/lib/forms/state';
import { unsubscribe } from '@/lib/mail/unsubscribe';

/** No session needed: the signed token names the message, and through it the person. */
export async function unsubscribeAction(_: FormState, formData: FormData) {
  return submitPublicForm(formData, unsubscribe);
}
