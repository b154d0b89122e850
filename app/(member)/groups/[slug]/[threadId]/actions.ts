'use server';

import { requireMember } from '@/lib/auth/session';
import { formFiles } from '@/lib/forms/files';
import { formObject, runAction } from '@/lib/forms/run-action';
import type { FormState } from '@/lib/forms/state';
import { deletePost } from '@/lib/threads/delete-post';
import { editPost } from '@/lib/threads/edit-post';
import { markThreadRead } from '@/lib/threads/mark-read';
import { getPostSource } from '@/lib/threads/queries';
import { moderateThread } from '@/lib/threads/moderate-thread';
import { toggleReaction } from '@/lib/threads/react';
import { replyToThread } from '@/lib/threads/reply';
import type { PostDto } from '@/lib/threads/dto';
import type { Reaction } from '@/lib/threads/rules';
import { votePoll } from '@/lib/threads/vote';

// The thread page shows its own changes live (socket events and the returned data), so these
// actions do not re-render the page.

export async function replyAction(_: FormState, formData: FormData): Promise<FormState<PostDto>> {
  const actor = await requireMember();
  return runAction(formData, async () => replyToThread({ actor, input: { ...formObject(formData), images: await formFiles(formData, 'images') } as never }));
}

export async function editPostAction(_: FormState, formData: FormData): Promise<FormState<PostDto>> {
  const actor = await requireMember();
  return runAction(formData, () => editPost({ actor, input: formObject(formData) as never }));
}

/** Small buttons call these directly; a refusal comes back as a message key, never as a thrown page error. */
async function attempt<T>(fn: () => Promise<T>): Promise<{ ok: true; data: T } | { ok: false; message: string; values?: Record<string, string | number> }> {
  const state = await runAction(new FormData(), fn);
  return state.status === 'ok' ? { ok: true, data: state.data as T } : { ok: false, message: state.message ?? 'errors.invalid', values: state.messageValues };
}

export async function deletePostAction(postId: string) {
  const actor = await requireMember();
  return attempt(() => deletePost({ actor, input: { postId } }));
}

export async function reactAction(postId: string, reaction: Reaction) {
  const actor = await requireMember();
  return attempt(() => toggleReaction({ actor, input: { postId, reaction } }));
}

export async function voteAction(pollId: string, optionIds: string[]) {
  const actor = await requireMember();
  return attempt(() => votePoll({ actor, input: { pollId, optionIds } }));
}

export async function moderateThreadAction(threadId: string, change: { pinned?: boolean; locked?: boolean }) {
  const actor = await requireMember();
  return attempt(() => moderateThread({ actor, input: { threadId, ...change } }));
}

export async function markReadAction(threadId: string) {
  const actor = await requireMember();
  await attempt(() => markThreadRead({ actor, input: { threadId } }));
}

export async function postSourceAction(postId: string) {
  const actor = await requireMember();
  return attempt(() => getPostSource(actor, postId));
}
