'use server';

import { signOutEverywhere } from '@/lib/auth/sign-out-everywhere';
import { callVerb } from '@/lib/forms/submit';

export async function signOutEverywhereAction() {
  return callVerb(signOutEverywhere, {});
}
