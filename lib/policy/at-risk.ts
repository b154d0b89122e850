import { type Actor, hasRole } from './standing';
import { refuseUnless, type Rule, type RuleTable } from './rule';

/** The member a follow-up or a value band is about. */
export interface AtRiskMemberTarget {
  role: 'member' | 'staff' | 'manager';
}

/** A follow-up someone acts on. */
export interface FollowUpTarget {
  assigneeId: string;
  closed: boolean;
}

const isStaff = (a: Actor) => hasRole(a, 'staff');

/**
 * Members at risk are staff knowledge about a person: staff and managers only. A follow-up is closed by
 * the person it is assigned to, or by a manager.
 */
export const atRiskRules = {
  'view:at_risk': { standing: 'active', check: (a) => refuseUnless(isStaff(a)) } as Rule<void>,
  'open:follow_up': { check: (a, m) => (!isStaff(a) ? 'errors.forbidden' : refuseUnless(m.role === 'member', 'atRisk.errors.notMember')) } as Rule<AtRiskMemberTarget>,
  'log:follow_up': { check: (a, f) => (!isStaff(a) ? 'errors.forbidden' : refuseUnless(!f.closed, 'atRisk.errors.closed')) } as Rule<FollowUpTarget>,
  'close:follow_up': {
    check: (a, f) => {
      if (!isStaff(a)) return 'errors.forbidden';
      if (f.closed) return 'atRisk.errors.closed';
      return refuseUnless(f.assigneeId === a.id || hasRole(a, 'manager'), 'atRisk.errors.notYours');
    },
  } as Rule<FollowUpTarget>,
  'set:value_band': { check: (a, m) => (!hasRole(a, 'manager') ? 'errors.forbidden' : refuseUnless(m.role === 'member', 'atRisk.errors.notMember')) } as Rule<AtRiskMemberTarget>,
} satisfies RuleTable;
