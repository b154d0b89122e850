import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { invitations, users } from '@/db/schema';
import { type Actor, can } from '@/lib/policy';
import { Forbidden } from '@/lib/errors';
import { invitationState } from './status';

export async function listInvitations(actor: Actor, limit = 50) {
  if (!can(actor, 'list:invitations')) throw new Forbidden();
  const rows = await getDb()
    .select({
      id: invitations.id,
      email: invitations.email,
      note: invitations.note,
      role: invitations.role,
      uses: invitations.uses,
      maxUses: invitations.maxUses,
      expiresAt: invitations.expiresAt,
      revokedAt: invitations.revokedAt,
      createdAt: invitations.createdAt,
      createdByName: users.displayName,
    })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.createdBy))
    .orderBy(desc(invitations.createdAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, state: invitationState(r) }));
}
