import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { staffTeamMembers, users } from '@/db/schema';
import { Invalid } from '@/lib/errors';
import { defineVerb } from '@/lib/verb';
import { entryIdField, findEntry } from './lists';

const input = z.object({ teamId: entryIdField, userId: z.uuid('complaintSettings.errors.notStaff') });

/** Teams answer complaints, so only staff and managers belong to one. Adding someone twice changes nothing. */
export const addTeamMember = defineVerb({
  permission: 'manage:complaint_settings',
  name: 'complaintSettings.addTeamMember',
  input,
  load: (db, { teamId }) => findEntry(db, 'team', teamId),
  run: async ({ tx, audit }, { teamId, userId }, team) => {
    const [person] = await tx
      .select({ displayName: users.displayName })
      .from(users)
      .where(and(eq(users.id, userId), inArray(users.role, ['staff', 'manager'])))
      .limit(1);
    if (!person) throw new Invalid({ userId: ['complaintSettings.errors.notStaff'] });
    const [added] = await tx.insert(staffTeamMembers).values({ teamId, userId }).onConflictDoNothing().returning({ userId: staffTeamMembers.userId });
    if (!added) return { added: false };
    await audit({ action: 'complaint_settings.team_member_add', targetType: 'staff_team', targetId: teamId, after: { team: team.name, userId, name: person.displayName } });
    return { added: true };
  },
});
