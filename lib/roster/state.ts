import { and, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { groupMembers, groups, rosterEntries, users, type RosterFileRow, type RosterMapping } from '@/db/schema';
import { cellOf, headerKey } from './columns';
import { emailSkeleton, type KnownPerson, type RosterState } from './judge';

const CHUNK = 5_000;

async function inChunks<T>(values: string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(...(await load(values.slice(i, i + CHUNK))));
  return out;
}

/** Every group by its name and its slug, as a roster cell would name it. */
export async function groupKeys(db: Executor): Promise<Map<string, string>> {
  const rows = await db.select({ id: groups.id, name: groups.name, slug: groups.slug }).from(groups);
  return new Map(rows.flatMap((g) => [[headerKey(g.slug), g.id], [headerKey(g.name), g.id]] as [string, string][]));
}

/**
 * What the accounts and the roster hold about the addresses and numbers of these rows: a bounded number
 * of queries whatever the number of rows (one per 5,000 addresses).
 */
export async function loadRosterState(db: Executor, rows: RosterFileRow[], mapping: RosterMapping, groupIndex?: Map<string, string>): Promise<RosterState> {
  const emails = new Set<string>();
  const numbers = new Set<string>();
  for (const row of rows) {
    const raw = cellOf(row.cells, mapping, 'email');
    if (raw) {
      emails.add(raw.toLowerCase());
      emails.add(emailSkeleton(raw));
    }
    const number = cellOf(row.cells, mapping, 'number');
    if (number) numbers.add(number);
  }
  const emailList = [...emails];
  const numberList = [...numbers];
  const accountCols = { id: users.id, email: users.email, membershipNumber: users.membershipNumber, displayName: users.displayName, staffTitle: users.staffTitle, memberSince: users.memberSince, birthDate: users.birthDate, locale: users.locale };
  const accounts = await inChunks(emailList, (c) => db.select(accountCols).from(users).where(inArray(users.email, c)));
  const memberships = await inChunks(
    accounts.map((a) => a.id),
    (c) => db.select({ userId: groupMembers.userId, groupId: groupMembers.groupId }).from(groupMembers).where(inArray(groupMembers.userId, c)),
  );
  const entryCols = { email: rosterEntries.email, membershipNumber: rosterEntries.membershipNumber, displayName: rosterEntries.displayName, staffTitle: rosterEntries.staffTitle, groupIds: rosterEntries.groupIds, memberSince: rosterEntries.memberSince, birthDate: rosterEntries.birthDate, locale: rosterEntries.locale };
  // Roster rows of people who have not joined yet: a joined person's account is what counts.
  const entries = await inChunks(emailList, (c) => db.select(entryCols).from(rosterEntries).where(and(inArray(rosterEntries.email, c), isNull(rosterEntries.userId))));
  const numberHolders = [
    ...(await inChunks(numberList, (c) => db.select({ email: users.email, number: users.membershipNumber }).from(users).where(inArray(users.membershipNumber, c)))),
    ...(await inChunks(numberList, (c) => db.select({ email: rosterEntries.email, number: rosterEntries.membershipNumber }).from(rosterEntries).where(and(inArray(rosterEntries.membershipNumber, c), isNull(rosterEntries.userId))))),
  ];

  const groupsOf = new Map<string, string[]>();
  for (const m of memberships) (groupsOf.get(m.userId) ?? groupsOf.set(m.userId, []).get(m.userId)!).push(m.groupId);
  const known = new Map<string, KnownPerson>();
  for (const e of entries) known.set(e.email, { ...e, userId: null });
  for (const a of accounts) known.set(a.email, { ...a, userId: a.id, groupIds: groupsOf.get(a.id) ?? [] });
  const numberMap = new Map<string, string>();
  for (const h of numberHolders) if (h.number) numberMap.set(h.number, h.email);
  return { groups: groupIndex ?? (await groupKeys(db)), known, numbers: numberMap };
}
