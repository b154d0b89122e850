'use server';

import { redirect } from 'next/navigation';
import { requireMember } from '@/lib/auth/session';
import { formFiles } from '@/lib/forms/files';
import { formObject, runAction } from '@/lib/forms/run-action';
import type { FormState } from '@/lib/forms/state';
import { createThread } from '@/lib/threads/create-thread';

/** The poll part of the form: present only when its question was filled in. */
function pollFrom(fields: Record<string, string>) {
  if (!fields.pollQuestion?.trim()) return null;
  return {
    question: fields.pollQuestion,
    options: (fields.pollOptions ?? '').split('\n'),
    multiple: fields.pollMultiple === 'on',
    closesAt: fields.pollClosesAt ? fields.pollClosesAt : null,
  };
}

export async function createThreadAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireMember();
  const fields = formObject(formData);
  const images = await formFiles(formData, 'images');
  const state = await runAction(formData, () =>
    createThread({ actor, input: { groupId: fields.groupId ?? '', title: fields.title ?? '', body: fields.body ?? '', idempotencyKey: fields.idempotencyKey ?? '', images, poll: pollFrom(fields) } }),
  );
  if (state.status === 'ok' && state.data) redirect(`/groups/${state.data.groupSlug}/${state.data.id}`);
  return state;
}
