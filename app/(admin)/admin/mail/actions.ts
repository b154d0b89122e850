'use server';

import { revalidatePath } from 'next/cache';
import { requireRole } from '@/lib/auth/session';
import { formObject, runAction } from '@/lib/forms/run-action';
import type { FormState } from '@/lib/forms/state';
import { retryMail } from '@/lib/mail/retry';

export async function retryMailAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('manager');
  const state = await runAction(formData, () => retryMail({ actor, input: formObject(formData) as never }));
  revalidatePath('/admin/mail');
  return state;
}
