import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { sanctions, users } from '@/db/schema';
import type { SanctionKind } from '@/lib/policy/moderation';

type User = typeof users.$inferSelect;
type Sanction = typeof sanctions.$inferSelect;

/** What an account's status columns say: the one measure that governs it now. */
export interface Standing {
  status: User['status'];
  statusReason: string | null;
  statusUntil: Date | null;
}

const STATUS = { silence: 'silenced', suspension: 'suspended', ban: 'banned' } as const satisfies Record<Exclude<SanctionKind, 'warning'>, User['status']>;
const RANK: Record<User['status'], number> = { active: 0, silenced: 1, suspended: 2, banned: 3 };
const ACTIVE: Standing = { status: 'active', statusReason: null, statusUntil: null };

/** The standing a sanction imposes (a warning imposes none). */
export function standingOf(s: Pick<Sanction, 'kind' | 'reason' | 'endsAt'>): Standing | null {
  return s.kind === 'warning' ? null : { status: STATUS[s.kind], statusReason: s.reason, statusUntil: s.endsAt };
}

const inForce = (s: Standing, now: Date) => s.status !== 'active' && (s.statusUntil === null || s.statusUntil > now);
const lastsLonger = (a: Standing, b: Standing) => a.statusUntil === null || (b.statusUntil !== null && a.statusUntil > b.statusUntil);

/**
 * The strongest measure still in force (ban over suspension over silence, then the longer one), so a
 * silence given to a banned member does not let them back in, and lifting one measure uncovers the next.
 */
export function strongestStanding(candidates: readonly Standing[], now = new Date()): Standing {
  let best = ACTIVE;
  for (const c of candidates) {
    if (!inForce(c, now)) continue;
    if (RANK[c.status] > RANK[best.status] || (RANK[c.status] === RANK[best.status] && lastsLonger(c, best))) best = c;
  }
  return best;
}

const same = (a: Standing, b: Standing) => a.status === b.status && a.statusReason === b.statusReason && a.statusUntil?.getTime() === b.statusUntil?.getTime();

/**
 * Takes a sanction off the account inside the caller's transaction: the row records who lifted it and
 * why, and the account falls back on whatever else still holds (another sanction, or a status a manager
 * set by hand on the members page). Returns the standing before and after, for the audit row.
 */
export async function liftInTx(tx: Tx, sanction: Sanction, liftedBy: string, note: string | null): Promise<{ before: Standing; after: Standing }> {
  await tx.update(sanctions).set({ liftedAt: new Date(), liftedBy, liftNote: note }).where(eq(sanctions.id, sanction.id));
  const [user] = await tx.select().from(users).where(eq(users.id, sanction.userId)).for('update').limit(1);
  const before: Standing = { status: user!.status, statusReason: user!.statusReason, statusUntil: user!.statusUntil };
  const others = await tx
    .select()
    .from(sanctions)
    .where(and(eq(sanctions.userId, sanction.userId), ne(sanctions.id, sanction.id), isNull(sanctions.liftedAt)));
  const lifted = standingOf(sanction);
  const candidates = others.flatMap((s) => standingOf(s) ?? []);
  // What the account shows came from elsewhere unless it is exactly this sanction.
  if (!lifted || !same(before, lifted)) candidates.push(before);
  const after = strongestStanding(candidates);
  if (!same(before, after)) await tx.update(users).set(after).where(eq(users.id, sanction.userId));
  return { before, after };
}
