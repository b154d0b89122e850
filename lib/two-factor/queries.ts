import { and, asc, count, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import { type Executor, getDb } from '@/db/client';
import { recoveryCodes, twoFactor, twoFactorSettings, users } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/session-user';
import { assertCan, type Role } from '@/lib/policy';
import { DEFAULT_GRACE_DAYS, secondFactorStanding } from './requirement';

export async function loadTwoFactorRule(db: Executor = getDb()): Promise<{ graceDays: number; requiredFrom: Date }> {
  const [row] = await db.select({ graceDays: twoFactorSettings.graceDays, requiredFrom: twoFactorSettings.requiredFrom }).from(twoFactorSettings).where(eq(twoFactorSettings.id, 1));
  return row ?? { graceDays: DEFAULT_GRACE_DAYS, requiredFrom: new Date(0) };
}

export interface OwnSecondFactor {
  enabledAt: Date | null;
  recoveryCodesLeft: number;
}

/** The settings page's view of one's own factor (never its secret). */
export async function getOwnSecondFactor(user: CurrentUser): Promise<OwnSecondFactor> {
  const [[factor], [left]] = await Promise.all([
    getDb().select({ enabledAt: twoFactor.enabledAt }).from(twoFactor).where(eq(twoFactor.userId, user.id)),
    getDb()
      .select({ n: count() })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt))),
  ]);
  return { enabledAt: factor?.enabledAt ?? null, recoveryCodesLeft: factor?.enabledAt ? (left?.n ?? 0) : 0 };
}

export interface SecondFactorRow {
  id: string;
  displayName: string;
  role: Role;
  staffTitle: string | null;
  enabledAt: Date | null;
  dueAt: Date | null;
}

const STAFF_ROLES: Role[] = ['staff', 'manager'];

/** For managers: staff and managers (and any member with a factor), each with their factor and deadline. */
export async function listSecondFactors(actor: CurrentUser): Promise<SecondFactorRow[]> {
  assertCan(actor, 'manage:security_settings');
  const [rule, rows] = await Promise.all([
    loadTwoFactorRule(),
    getDb()
      .select({ id: users.id, displayName: users.displayName, role: users.role, staffTitle: users.staffTitle, createdAt: users.createdAt, enabledAt: twoFactor.enabledAt })
      .from(users)
      .leftJoin(twoFactor, eq(twoFactor.userId, users.id))
      .where(or(inArray(users.role, STAFF_ROLES), isNotNull(twoFactor.enabledAt)))
      .orderBy(asc(users.displayName), asc(users.id))
      .limit(500),
  ]);
  return rows.map((r) => ({ id: r.id, displayName: r.displayName, role: r.role, staffTitle: r.staffTitle, enabledAt: r.enabledAt, dueAt: secondFactorStanding(r, r.enabledAt, rule).dueAt }));
}
