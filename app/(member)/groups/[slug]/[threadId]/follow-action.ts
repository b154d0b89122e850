'use server';

import type { FormState } from '@/lib/forms/state';
import { submitForm } from '@/lib/forms/submit';
import { setThreadFollow } from '@/lib/notifications/follow-thread';

export async function setThreadFollowAction(_: FormState<{ following: boolean }>, formData: FormData): Promise<FormState<{ following: boolean }>> {
  return submitForm(formData, setThreadFollow);
}
