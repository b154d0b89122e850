'use server';

import { submitForm } from '@/lib/forms/submit';
import type { FormState } from '@/lib/forms/state';
import { retryMail } from '@/lib/mail/retry';

export async function retryMailAction(_: FormState, formData: FormData) {
  return submitForm(formData, retryMail, { role: 'manager', revalidate: '/admin/mail' });
}
