'use server';

import { requireMember } from '@/lib/auth/session';
import { formObject, runAction } from '@/lib/forms/run-action';
import type { FormState } from '@/lib/forms/state';
import { setThreadFollow } from '@/lib/notifications/follow-thread';

export async function setThreadFollowAction(_: FormState<{ following: boolean }>, formData: FormData): Promise<FormState<{ following: boolean }>> {
  const actor = await requireMember();
  return runAction(formData, () => setThreadFollow({ actor, input: formObject(formData) as never }));
}
