import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rosterEntries, users } from '@/db/schema';
import { addMember } from '@/lib/groups/membership';

/** The waiting roster row of an address, locked: what the company says about the person who is joining. */
export async function waitingRosterEntry(tx: Tx, email: string) {
  const [entry] = await tx
    .select()
    .from(rosterEntries)
    .where(and(eq(rosterEntries.email, email), isNull(rosterEntries.userId)))
    .for('update')
    .limit(1);
  return entry ?? null;
}

/**
 * A new account takes what the roster holds for its address: membership number, staff title, member-since
 * date (the tenure of lib/at-risk), date of birth and groups. Every way in (invitation, join request) calls it.
 */
export async function takeRosterEntry(tx: Tx, userId: string, email: string): Promise<void> {
  const entry = await waitingRosterEntry(tx, email);
  if (!entry) return;
  await tx
    .update(users)
    .set({
      ...(entry.membershipNumber ? { membershipNumber: entry.membershipNumber } : {}),
      ...(entry.staffTitle ? { staffTitle: entry.staffTitle } : {}),
      memberSince: entry.memberSince,
      birthDate: entry.birthDate,
    })
    .where(eq(users.id, userId));
  for (const groupId of entry.groupIds) await addMember(tx, groupId, userId, userId);
  await tx.update(rosterEntries).set({ userId, updatedAt: new Date() }).where(eq(rosterEntries.id, entry.id));
}
