import { asc, eq, ilike, or, sql } from 'drizzle-orm';
import { type Executor, getDb } from '@/db/client';
import { users } from '@/db/schema';
import { type Actor, can } from '@/lib/policy';
import { Forbidden, NotFound } from '@/lib/errors';

/** The member directory for staff; e-mails are shown only to staff and managers. */
export async function listMembers(actor: Actor, opts: { query?: string; limit?: number } = {}) {
  if (!can(actor, 'list:members')) throw new Forbidden();
  const q = opts.query?.trim();
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return getDb()
    .select({
      id: users.id,
      displayName: users.displayName,
      email: users.email,
      role: users.role,
      staffTitle: users.staffTitle,
      status: users.status,
      statusUntil: users.statusUntil,
      statusReason: users.statusReason,
      membershipNumber: users.membershipNumber,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(pattern ? or(ilike(users.displayName, pattern), ilike(users.email, pattern)) : undefined)
    .orderBy(sql`case ${users.role} when 'manager' then 0 when 'staff' then 1 else 2 end`, asc(users.displayName))
    .limit(opts.limit ?? 200);
}

/** The account a verb changes (its role, its standing), locked for the rest of the verb's transaction. */
export async function lockAccount(db: Executor, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).for('update').limit(1);
  if (!user) throw new NotFound();
  return user;
}
