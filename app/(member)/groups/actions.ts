'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { FormState } from '@/lib/forms/state';
import { type FormVerb, submitForm, submitIntent } from '@/lib/forms/submit';
import { createGroup } from '@/lib/groups/create';
import { decideGroupJoinRequest } from '@/lib/groups/decide-request';
import { inviteToGroup } from '@/lib/groups/invite';
import { joinGroup } from '@/lib/groups/join';
import { leaveGroup } from '@/lib/groups/leave';
import { setMembersCreateGroups } from '@/lib/groups/member-creation-setting';
import { removeGroupMember } from '@/lib/groups/remove-member';
import { requestToJoin } from '@/lib/groups/request-to-join';
import { respondToGroupInvitation } from '@/lib/groups/respond-invitation';
import { setGroupRole } from '@/lib/groups/set-role';
import { updateGroup } from '@/lib/groups/update';

export async function createGroupAction(_: FormState, formData: FormData): Promise<FormState<{ slug: string }>> {
  const state = await submitForm(formData, createGroup);
  if (state.status === 'ok' && state.data) redirect(`/groups/${state.data.slug}`);
  return state;
}

export async function updateGroupAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await submitForm(formData, updateGroup);
  revalidatePath('/groups', 'layout');
  return state;
}

// Each button on the group and members pages names its verb; the verb checks everything else.
const VERBS = {
  join: joinGroup,
  leave: leaveGroup,
  request: requestToJoin,
  respond: respondToGroupInvitation,
  decide: decideGroupJoinRequest,
  invite: inviteToGroup,
  setRole: setGroupRole,
  remove: removeGroupMember,
} satisfies Record<string, FormVerb<unknown>>;

export type GroupIntent = keyof typeof VERBS;

export async function groupAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await submitIntent(formData, VERBS);
  revalidatePath('/groups', 'layout');
  // Leaving may take away the right to see the group at all.
  if (state.status === 'ok' && formData.get('$intent') === 'leave') redirect('/groups');
  return state;
}

export async function setMembersCreateGroupsAction(_: FormState, formData: FormData): Promise<FormState> {
  const state = await submitForm(formData, setMembersCreateGroups, { role: 'manager' });
  revalidatePath('/groups');
  revalidatePath('/admin/brand');
  return state;
}
