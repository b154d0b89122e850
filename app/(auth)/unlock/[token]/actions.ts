'use server';

import { unlockSignIn } from '@/lib/auth/unlock';
import type { FormState } from '@/lib/forms/state';
import { submitPublicForm } from '@/lib/forms/submit';

/** No session: the owner of a locked account cannot sign in; the signed link names the account. */
export async function unlockAction(_: FormState, formData: FormData) {
  return submitPublicForm(formData, unlockSignIn);
}
