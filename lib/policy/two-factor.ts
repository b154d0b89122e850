import type { UserTarget } from './community';
import { refuseUnless, type Rule, type RuleTable } from './rule';
import type { Actor } from './standing';

export const twoFactorRules = {
  // Everyone may protect their own account; a silenced one too (it only reads, but signs in).
  'enrol:own_two_factor': { standing: 'active', check: () => null } as Rule<void>,
  // Staff and managers must keep it (a manager resets it for them); members may turn it off.
  'disable:own_two_factor': { standing: 'active', check: (a: Actor) => refuseUnless(a.role === 'member') } as Rule<void>,
  // Only a manager resets someone else's second factor (a lost phone); never their own, which needs another manager.
  'reset:two_factor': { check: (a: Actor, user: UserTarget) => refuseUnless(a.role === 'manager' && user.id !== a.id) } as Rule<UserTarget>,
  'manage:security_settings': { check: (a: Actor) => refuseUnless(a.role === 'manager') } as Rule<void>,
} satisfies RuleTable;
