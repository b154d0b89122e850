'use server';

import { assignComplaint } from '@/lib/complaints/assign';
import { decideAsAuthor } from '@/lib/complaints/author-decision';
import { commentOnComplaint } from '@/lib/complaints/comment';
import { setFollow } from '@/lib/complaints/follow';
import { markComplaintSeen } from '@/lib/complaints/mark-seen';
import { setMeToo } from '@/lib/complaints/me-too';
import { addInternalNote } from '@/lib/complaints/note';
import { sendPrivateMessage } from '@/lib/complaints/private-message';
import { rateComplaint } from '@/lib/complaints/rate';
import { redactFragment } from '@/lib/moderation/redact';
import { respondToComplaint } from '@/lib/complaints/respond';
import { setComplaintPriority } from '@/lib/complaints/set-priority';
import { setComplaintStatus } from '@/lib/complaints/set-status';
import type { FormState } from '@/lib/forms/state';
import { callVerb, submitForm } from '@/lib/forms/submit';

// Every form of the complaint page: the verb decides, the page re-renders for this viewer on success.
const page = { refresh: true };

export async function respondAction(_: FormState, formData: FormData) {
  return submitForm(formData, respondToComplaint, page);
}

export async function setStatusAction(_: FormState, formData: FormData) {
  return submitForm(formData, setComplaintStatus, page);
}

export async function authorDecisionAction(_: FormState, formData: FormData) {
  return submitForm(formData, decideAsAuthor, page);
}

export async function commentAction(_: FormState, formData: FormData) {
  return submitForm(formData, commentOnComplaint, page);
}

export async function privateMessageAction(_: FormState, formData: FormData) {
  return submitForm(formData, sendPrivateMessage, page);
}

export async function noteAction(_: FormState, formData: FormData) {
  return submitForm(formData, addInternalNote, page);
}

export async function assignAction(_: FormState, formData: FormData) {
  return submitForm(formData, assignComplaint, page);
}

export async function priorityAction(_: FormState, formData: FormData) {
  return submitForm(formData, setComplaintPriority, page);
}

export async function redactAction(_: FormState, formData: FormData) {
  return submitForm(formData, redactFragment, page);
}

export async function rateAction(_: FormState, formData: FormData) {
  return submitForm(formData, rateComplaint, page);
}

export async function meTooAction(_: FormState, formData: FormData) {
  return submitForm(formData, setMeToo, page);
}

export async function followAction(_: FormState, formData: FormData) {
  return submitForm(formData, setFollow, page);
}

/** The open page, once on screen: its notifications are read. */
export async function markSeenAction(complaintId: string): Promise<void> {
  await callVerb(markComplaintSeen, { complaintId });
}
