'use server';

import type { FormState } from '@/lib/forms/state';
import { callVerb, submitForm } from '@/lib/forms/submit';
import type { Reaction } from '@/lib/threads/constants';
import { deletePost } from '@/lib/threads/delete-post';
import type { PostDto } from '@/lib/threads/dto';
import { editPost } from '@/lib/threads/edit-post';
import { markThreadRead } from '@/lib/threads/mark-read';
import { moderateThread, type ThreadFlags } from '@/lib/threads/moderate-thread';
import { getPostSource } from '@/lib/threads/queries';
import { toggleReaction } from '@/lib/threads/react';
import { replyToThread } from '@/lib/threads/reply';
import { votePoll } from '@/lib/threads/vote';

// The thread page shows its own changes live (socket events and the returned data), so these
// actions do not re-render the page. Small buttons call theirs with typed arguments; a refusal comes
// back as a message key, never as a thrown page error.

export async function replyAction(_: FormState, formData: FormData): Promise<FormState<PostDto>> {
  return submitForm(formData, replyToThread, { files: ['images'] });
}

export async function editPostAction(_: FormState, formData: FormData): Promise<FormState<PostDto>> {
  return submitForm(formData, editPost);
}

export async function deletePostAction(postId: string) {
  return callVerb(deletePost, { postId });
}

export async function reactAction(postId: string, reaction: Reaction) {
  return callVerb(toggleReaction, { postId, reaction });
}

export async function voteAction(pollId: string, optionIds: string[]) {
  return callVerb(votePoll, { pollId, optionIds });
}

export async function moderateThreadAction(threadId: string, change: Partial<ThreadFlags>) {
  return callVerb(moderateThread, { threadId, ...change });
}

export async function markReadAction(threadId: string, opened = false): Promise<void> {
  await callVerb(markThreadRead, { threadId, opened });
}

/** The Markdown to quote or edit: a read, answered in the same shape as the buttons' actions. */
export async function postSourceAction(postId: string) {
  return callVerb(({ actor, input }) => getPostSource(actor, input), postId);
}
