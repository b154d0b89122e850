import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { staffTeamMembers } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertCan, type Actor } from '@/lib/policy';
import { parseInput } from '@/lib/verb';
import { entryIdField, findEntry } from './lists';

const input = z.object({ teamId: entryIdField, userId: z.uuid('errors.notFound') });

/** Complaints already assigned to the team stay with it; the person just stops being part of it. */
export async function removeTeamMember({ actor, input: raw }: { actor: Actor; input: z.input<typeof input> }) {
  assertCan(actor, 'manage:complaint_settings');
  const { teamId, userId } = parseInput(input, raw);
  return getDb().transaction(async (tx) => {
    const team = await findEntry(tx, 'team', teamId);
    const removed = await tx
      .delete(staffTeamMembers)
      .where(and(eq(staffTeamMembers.teamId, teamId), eq(staffTeamMembers.userId, userId)))
      .returning({ userId: staffTeamMembers.userId });
    if (removed.length === 0) return { removed: false };
    await recordAudit(tx, { actorId: actor.id, action: 'complaint_settings.team_member_remove', targetType: 'staff_team', targetId: teamId, before: { team: team.name, userId } });
    return { removed: true };
  });
}
