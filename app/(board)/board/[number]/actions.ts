'use server';

import { refresh } from 'next/cache';
import type { Actor } from '@/lib/policy';
import { requireMember } from '@/lib/auth/session';
import { assignComplaint } from '@/lib/complaints/assign';
import { decideAsAuthor } from '@/lib/complaints/author-decision';
import { commentOnComplaint } from '@/lib/complaints/comment';
import { setFollow } from '@/lib/complaints/follow';
import { setMeToo } from '@/lib/complaints/me-too';
import { addInternalNote } from '@/lib/complaints/note';
import { sendPrivateMessage } from '@/lib/complaints/private-message';
import { rateComplaint } from '@/lib/complaints/rate';
import { redactFragment } from '@/lib/moderation/redact';
import { respondToComplaint } from '@/lib/complaints/respond';
import { setComplaintPriority } from '@/lib/complaints/set-priority';
import { setComplaintStatus } from '@/lib/complaints/set-status';
import { formObject, runAction } from '@/lib/forms/run-action';
import type { FormState } from '@/lib/forms/state';

type Fields = Record<string, string>;

/** Every form of the complaint page: the verb decides, the page re-renders for this viewer on success. */
async function act(formData: FormData, verb: (actor: Actor, fields: Fields) => Promise<unknown>): Promise<FormState> {
  const actor = await requireMember();
  const state = await runAction(formData, async () => {
    await verb(actor, formObject(formData));
  });
  if (state.status === 'ok') refresh();
  return state;
}

// The forms send strings; each verb's zod schema checks them.
const input = (f: Fields) => f as never;

export const respondAction = async (_: FormState, d: FormData) => act(d, (actor, f) => respondToComplaint({ actor, input: input(f) }));
export const setStatusAction = async (_: FormState, d: FormData) => act(d, (actor, f) => setComplaintStatus({ actor, input: input(f) }));
export const authorDecisionAction = async (_: FormState, d: FormData) => act(d, (actor, f) => decideAsAuthor({ actor, input: input(f) }));
export const commentAction = async (_: FormState, d: FormData) => act(d, (actor, f) => commentOnComplaint({ actor, input: input(f) }));
export const privateMessageAction = async (_: FormState, d: FormData) => act(d, (actor, f) => sendPrivateMessage({ actor, input: input(f) }));
export const noteAction = async (_: FormState, d: FormData) => act(d, (actor, f) => addInternalNote({ actor, input: input(f) }));
export const assignAction = async (_: FormState, d: FormData) => act(d, (actor, f) => assignComplaint({ actor, input: input(f) }));
export const priorityAction = async (_: FormState, d: FormData) => act(d, (actor, f) => setComplaintPriority({ actor, input: input(f) }));
export const redactAction = async (_: FormState, d: FormData) => act(d, (actor, f) => redactFragment({ actor, input: input(f) }));
export const rateAction = async (_: FormState, d: FormData) => act(d, (actor, f) => rateComplaint({ actor, input: input(f) }));
export const meTooAction = async (_: FormState, d: FormData) => act(d, (actor, f) => setMeToo({ actor, input: { complaintId: f.complaintId ?? '', on: f.on === 'true' } }));
export const followAction = async (_: FormState, d: FormData) => act(d, (actor, f) => setFollow({ actor, input: { complaintId: f.complaintId ?? '', on: f.on === 'true' } }));
