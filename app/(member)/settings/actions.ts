'use server';

import { signOutEverywhere } from '@/lib/auth/sign-out-everywhere';
import { requireMember } from '@/lib/auth/session';

export async function signOutEverywhereAction(): Promise<void> {
  await signOutEverywhere({ actor: await requireMember() });
}
