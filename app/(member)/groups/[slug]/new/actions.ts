'use server';

import { redirect } from 'next/navigation';
import type { FormState } from '@/lib/forms/state';
import { submitForm } from '@/lib/forms/submit';
import { createThread } from '@/lib/threads/create-thread';

export async function createThreadAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await submitForm(formData, createThread, { files: ['images'] });
  if (state.status === 'ok' && state.data) redirect(`/groups/${state.data.groupSlug}/${state.data.id}`);
  return state;
}
