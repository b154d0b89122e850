import { and, eq, isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { complaintEvents, complaints, notifications, users } from '@/db/schema';
import { seedDemo } from '@/lib/demo/seed';

describe('the demo community’s notifications', () => {
  it('carry the time of their event, not of the seeding, and what the member acted on is read', async () => {
    await seedDemo(getDb());
    const told = await getDb()
      .select({ at: notifications.createdAt, eventAt: complaintEvents.createdAt })
      .from(notifications)
      .innerJoin(complaintEvents, eq(complaintEvents.id, notifications.complaintEventId))
      .where(isNotNull(notifications.complaintEventId));
    expect(told.length).toBeGreaterThan(10);
    for (const n of told) expect(Math.abs(n.at.getTime() - n.eventAt.getTime())).toBeLessThan(60_000);
    // The stories go back twelve days: most of what they told is not from today.
    const dayAgo = Date.now() - 86_400_000;
    expect(told.filter((n) => n.at.getTime() < dayAgo).length).toBeGreaterThan(told.length / 2);

    // Ana confirmed the solution to her showers: its "confirm the solution" notice is not left unread.
    const [ana] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, 'ana@clubribera.test'));
    const solution = await getDb()
      .select({ readAt: notifications.readAt })
      .from(notifications)
      .innerJoin(complaints, eq(complaints.id, notifications.complaintId))
      .where(and(eq(notifications.userId, ana!.id), eq(notifications.kind, 'complaint_solution'), eq(complaints.status, 'resolved')));
    expect(solution).toHaveLength(1);
    expect(solution[0]!.readAt).not.toBeNull();
  });
});
