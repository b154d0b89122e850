import { z } from 'zod';
import { inviteToGroup } from '@/lib/groups/invite';
import { removeGroupMember } from '@/lib/groups/remove-member';
import { createInvitation, invitationInput } from '@/lib/invitations/create';
import { findMember, listMembers, MEMBER_SORTS, type MemberRow } from '@/lib/members/queries';
import { liftSanction, liftSanctionInput } from '@/lib/moderation/lift-sanction';
import { sanctionInput, sanctionMember } from '@/lib/moderation/sanction';
import { NotFound } from '@/lib/errors';
import { ROLES } from '@/lib/policy';
import { defineOperation } from '../handler';
import { dateTime, idParams, iso, isoOrNull } from '../schemas';

const TAG = 'Members';
const ACCOUNT_STATUSES = ['active', 'silenced', 'suspended', 'banned'] as const;

const member = z.object({
  id: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  staffTitle: z.string().nullable(),
  status: z.enum(ACCOUNT_STATUSES),
  statusUntil: dateTime.nullable(),
  membershipNumber: z.string().nullable(),
  createdAt: dateTime,
  lastSeenAt: dateTime.nullable(),
});

const memberOf = (m: MemberRow): z.input<typeof member> => ({
  id: m.id,
  displayName: m.displayName,
  email: m.email,
  role: m.role,
  staffTitle: m.staffTitle,
  status: m.status,
  statusUntil: isoOrNull(m.statusUntil),
  membershipNumber: m.membershipNumber,
  createdAt: iso(m.createdAt),
  lastSeenAt: isoOrNull(m.lastSeenAt),
});

export const listMembersOp = defineOperation({
  id: 'listMembers',
  method: 'GET',
  path: '/members',
  tag: TAG,
  summary: 'List members',
  description: 'The member directory with its filters, 25 a page (`page` from 1).',
  scopes: ['members:read'],
  query: z.strictObject({
    q: z.string().max(100).optional().meta({ description: 'Name, e-mail or membership number.' }),
    role: z.enum(ROLES).optional(),
    status: z.enum(ACCOUNT_STATUSES).optional(),
    group: z.uuid().optional(),
    sort: z.enum(MEMBER_SORTS).optional(),
    page: z.coerce.number().int().min(1).optional(),
  }),
  response: z.object({ data: z.array(member), total: z.number().int(), page: z.number().int(), pages: z.number().int() }),
  run: async ({ caller, query }) => {
    const r = await listMembers(caller.actor, { ...query, page: query.page ? String(query.page) : undefined });
    return { data: r.members.map(memberOf), total: r.total, page: r.page, pages: r.pages };
  },
});

export const getMemberOp = defineOperation({
  id: 'getMember',
  method: 'GET',
  path: '/members/{id}',
  tag: TAG,
  summary: 'One member',
  scopes: ['members:read'],
  params: idParams,
  response: member,
  run: async ({ caller, params }) => {
    const m = await findMember(caller.actor, params.id);
    if (!m) throw new NotFound();
    return memberOf(m);
  },
});

export const inviteMemberOp = defineOperation({
  id: 'inviteMember',
  method: 'POST',
  path: '/members/invitations',
  tag: TAG,
  summary: 'Invite someone to join',
  description: 'With an e-mail the invitation is sent there. The code is in this answer only; it is stored hashed.',
  scopes: ['members:write'],
  body: invitationInput.strict(),
  response: z.object({ id: z.uuid(), code: z.string(), expiresAt: dateTime, maxUses: z.number().int(), role: z.enum(ROLES) }),
  status: 201,
  run: async ({ caller, rawBody }) => {
    const r = await createInvitation({ actor: caller.actor, input: rawBody as never });
    return { ...r, expiresAt: iso(r.expiresAt) };
  },
});

const { userId: _userId, ...sanctionFields } = sanctionInput.shape;

export const sanctionMemberOp = defineOperation({
  id: 'sanctionMember',
  method: 'POST',
  path: '/members/{id}/sanctions',
  tag: TAG,
  summary: 'Warn, silence, suspend or ban',
  description: 'Silence and suspension need `days`. Effective from the member’s next request; the member is told why.',
  scopes: ['members:write'],
  params: idParams,
  body: z.strictObject(sanctionFields),
  response: z.object({ id: z.uuid(), kind: sanctionFields.kind, endsAt: dateTime.nullable() }),
  status: 201,
  run: async ({ caller, params, body }) => {
    const r = await sanctionMember({ actor: caller.actor, input: { ...body, userId: params.id } });
    return { id: r.id, kind: r.kind, endsAt: isoOrNull(r.endsAt) };
  },
});

export const liftSanctionOp = defineOperation({
  id: 'liftSanction',
  method: 'POST',
  path: '/sanctions/{id}/lift',
  tag: TAG,
  summary: 'Lift a sanction early (reinstate)',
  description: 'The `id` is the one `POST /members/{id}/sanctions` answered. The note is kept in the audit log.',
  scopes: ['members:write'],
  params: idParams,
  body: liftSanctionInput.omit({ sanctionId: true }).strict(),
  response: z.object({ status: z.enum(ACCOUNT_STATUSES), statusUntil: dateTime.nullable() }),
  run: async ({ caller, params, body }) => {
    const { after } = await liftSanction({ actor: caller.actor, input: { ...body, sanctionId: params.id } });
    return { status: after.status, statusUntil: isoOrNull(after.statusUntil) };
  },
});

export const addToGroupOp = defineOperation({
  id: 'inviteMemberToGroup',
  method: 'POST',
  path: '/members/{id}/groups',
  tag: TAG,
  summary: 'Invite the member into a group',
  description: 'As on the group page: the member is invited and joins by accepting.',
  scopes: ['members:write'],
  params: idParams,
  body: z.strictObject({ groupId: z.uuid() }),
  response: z.object({ invited: z.boolean() }),
  status: 201,
  run: async ({ caller, params, body }) => inviteToGroup({ actor: caller.actor, input: { groupId: body.groupId, userId: params.id } }),
});

export const removeFromGroupOp = defineOperation({
  id: 'removeMemberFromGroup',
  method: 'DELETE',
  path: '/members/{id}/groups/{groupId}',
  tag: TAG,
  summary: 'Remove the member from a group',
  scopes: ['members:write'],
  params: z.object({ id: z.uuid(), groupId: z.uuid() }),
  response: z.object({ removed: z.boolean().meta({ description: 'False when the member was not in the group.' }) }),
  run: async ({ caller, params }) => removeGroupMember({ actor: caller.actor, input: { groupId: params.groupId, userId: params.id } }),
});

export const memberOperations = [listMembersOp, getMemberOp, inviteMemberOp, sanctionMemberOp, liftSanctionOp, addToGroupOp, removeFromGroupOp];
