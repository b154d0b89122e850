'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireMember, requireRole } from '@/lib/auth/session';
import { formObject, runAction } from '@/lib/forms/run-action';
import { type IntentVerb, runIntent } from '@/lib/forms/run-intent';
import type { FormState } from '@/lib/forms/state';
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
  const actor = await requireMember();
  const state = await runAction(formData, () => createGroup({ actor, input: formObject(formData) as never }));
  if (state.status === 'ok' && state.data) redirect(`/groups/${state.data.slug}`);
  return state;
}

export async function updateGroupAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireMember();
  const state = await runAction(formData, () => updateGroup({ actor, input: formObject(formData) as never }));
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
} satisfies Record<string, IntentVerb>;

export type GroupIntent = keyof typeof VERBS;

export async function groupAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireMember();
  const state = await runIntent(formData, actor, VERBS);
  revalidatePath('/groups', 'layout');
  // Leaving may take away the right to see the group at all.
  if (state.status === 'ok' && formData.get('$intent') === 'leave') redirect('/groups');
  return state;
}

export async function setMembersCreateGroupsAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireRole('manager');
  const state = await runAction(formData, () => setMembersCreateGroups({ actor, input: formObject(formData) as never }));
  revalidatePath('/groups');
  revalidatePath('/admin/brand');
  return state;
}
