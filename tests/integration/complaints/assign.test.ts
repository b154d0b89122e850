import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, staffTeams } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { assignComplaint, type AssignInput } from '@/lib/complaints/assign';
import { getComplaintView } from '@/lib/complaints/queries';
import { Forbidden, Invalid } from '@/lib/errors';
import { actorOf, createUser } from '../factories';
import {
  complaintScene,
  complaintRow,
  expectRefused,
  freshComplaint,
  type Lists,
  member,
  snapshot,
  staffer,
} from '../complaint-fixtures';

let lists: Lists;
let laura: Actor;
beforeAll(async () => ({ lists, laura } = await complaintScene()));

const fresh = () => freshComplaint(lists);

const assign = (actor: Actor, input: AssignInput) => assignComplaint({ actor, input });

describe('assignment', () => {
  it('takes only active staff and live teams, and changes nothing otherwise', async () => {
    const { id, author } = await fresh();
    const bea = await member('Bea');
    const gone = actorOf(await createUser('staff', { status: 'banned' }));
    const [oldTeam] = await getDb().insert(staffTeams).values({ name: 'Antiguo', archived: true }).returning();
    for (const assigneeId of [bea.id, author.id, gone.id, '00000000-0000-4000-8000-000000000000']) {
      const err = await expectRefused(id, () => assign(laura, { complaintId: id, assigneeId }), Invalid);
      expect(err.fieldErrors).toEqual({ assigneeId: ['complaints.errors.assignee'] });
    }
    const err = await expectRefused(id, () => assign(laura, { complaintId: id, teamId: oldTeam!.id }), Invalid);
    expect(err.fieldErrors).toEqual({ teamId: ['complaints.errors.team'] });
    await expectRefused(id, () => assign(bea, { complaintId: id, assigneeId: laura.id }), Forbidden);
  });

  it('assigns, shows it to staff, and writes nothing when nothing changes', async () => {
    const { id, number } = await fresh();
    const paco = await staffer('Paco', 'Mantenimiento');
    const [team] = await getDb().insert(staffTeams).values({ name: 'Mantenimiento' }).returning();
    await assign(laura, { complaintId: id, assigneeId: paco.id, teamId: team!.id });
    const before = await snapshot(id);
    await assign(laura, { complaintId: id, assigneeId: paco.id, teamId: team!.id });
    expect(await snapshot(id)).toEqual(before);
    expect((await getComplaintView(laura, number, false))!.staff).toMatchObject({ assigneeId: paco.id, assigneeName: 'Paco', teamId: team!.id, teamName: 'Mantenimiento' });
    await assign(laura, { complaintId: id, assigneeId: '', teamId: null });
    expect(await complaintRow(id)).toMatchObject({ assigneeId: null, assigneeTeamId: null });
    const audits = await getDb().select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audits.map((a) => a.action)).toEqual(['complaint.assigned', 'complaint.assigned']);
  });
});
