import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { staffTeamMembers, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { Invalid } from '@/lib/errors';
import { parseInput } from '@/lib/verb';
import { entryIdField, findEntry } from './lists';

const input = z.object({ teamId: entryIdField, userId: z.uuid('complaintSettings.errors.notStaff') });

/** Teams answer complaints, so only staff and managers belong to one. Adding someone twice changes nothing. */
export async function addTeamMember({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  assertCan(actor, 'manage:complaint_settings');
  const { teamId, userId } = parseInput(input, raw);
  return getDb().transaction(async (tx) => {
    const team = await findEntry(tx, 'team', teamId);
    const [person] = await tx
      .select({ displayName: users.displayName })
      .from(users)
      .where(and(eq(users.id, userId), inArray(users.role, ['staff', 'manager'])))
      .limit(1);
    if (!person) throw new Invalid({ userId: ['complaintSettings.errors.notStaff'] });
    const [added] = await tx.insert(staffTeamMembers).values({ teamId, userId }).onConflictDoNothing().returning({ userId: staffTeamMembers.userId });
    if (!added) return { added: false };
    await recordAudit(tx, { actorId: actor.id, action: 'complaint_settings.team_member_add', targetType: 'staff_team', targetId: teamId, after: { team: team.name, userId, name: person.displayName } });
    return { added: true };
  });
}
