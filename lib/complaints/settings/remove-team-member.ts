import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { staffTeamMembers } from '@/db/schema';
import { defineVerb } from '@/lib/verb';
import { entryIdField, findEntry } from './lists';

const input = z.object({ teamId: entryIdField, userId: z.uuid('errors.notFound') });

/** Complaints already assigned to the team stay with it; the person just stops being part of it. */
export const removeTeamMember = defineVerb({
  permission: 'manage:complaint_settings',
  name: 'complaintSettings.removeTeamMember',
  input,
  load: (db, { teamId }) => findEntry(db, 'team', teamId),
  run: async ({ tx }, { teamId, userId }) => {
    const removed = await tx
      .delete(staffTeamMembers)
      .where(and(eq(staffTeamMembers.teamId, teamId), eq(staffTeamMembers.userId, userId)))
      .returning({ userId: staffTeamMembers.userId });
    return { removed: removed.length > 0 };
  },
  audit: ({ removed }, { teamId, userId }, team) => (removed ? { action: 'complaint_settings.team_member_remove', targetType: 'staff_team', targetId: teamId, before: { team: team.name, userId } } : null),
});
