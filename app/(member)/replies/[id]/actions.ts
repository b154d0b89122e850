'use server';

import type { FormState } from '@/lib/forms/state';
import { submitForm } from '@/lib/forms/submit';
import { decideHeldReply } from '@/lib/inbound/decide';

export async function decideHeldReplyAction(_: FormState, formData: FormData) {
  return submitForm(formData, decideHeldReply, { anyStanding: false, refresh: true });
}
