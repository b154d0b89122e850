import { Forbidden } from '@/lib/errors';
import { atRiskRules } from './at-risk';
import { communityRules } from './community';
import { complaintRules } from './complaints';
import { groupRules } from './groups';
import { moderationRules } from './moderation';
import { GUARDIAN_REFUSAL, privacyRules, SPEECH } from './privacy';
import type { Refusal, Rule } from './rule';
import { type Actor, isActive, isSilenced } from './standing';
import { threadRules } from './threads';
import { twoFactorRules } from './two-factor';

/**
 * The one place that decides who may do what. Each area's rules are a table in this folder; this entry
 * point checks the actor's standing once, then the area's rule. Pages call `can()` to hide what a
 * person cannot do; every verb calls `assertCan()` again, so hiding is never the only guard.
 * Permissions read `action:entity`.
 */
const RULES = { ...communityRules, ...groupRules, ...threadRules, ...complaintRules, ...moderationRules, ...atRiskRules, ...privacyRules, ...twoFactorRules };

type Rules = typeof RULES;
export type Permission = keyof Rules;
export type TargetOf<P extends Permission> = Rules[P] extends Rule<infer T> ? T : never;
/** The target is left out for permissions that need none, optional where the rule takes `undefined`. */
type Args<P extends Permission> = [TargetOf<P>] extends [void] ? [target?: undefined, now?: Date] : undefined extends TargetOf<P> ? [target?: TargetOf<P>, now?: Date] : [target: TargetOf<P>, now?: Date];

/** Why the actor may not, as an i18n key; null when they may. */
export function refusal<P extends Permission>(actor: Actor | null, permission: P, ...[target, now = new Date()]: Args<P>): Refusal {
  const rule = RULES[permission] as Rule<TargetOf<P>>;
  const standing = rule.standing ?? 'write';
  const t = target as TargetOf<P>;
  if (!actor || (standing !== 'any' && !isActive(actor, now))) {
    // Why a sanctioned account is kept out is the frame's to say (assertStanding), with its end date.
    return rule.visitor?.(t) ? null : 'errors.forbidden';
  }
  if (standing === 'write' && isSilenced(actor, now)) return 'moderation.errors.readOnly';
  // The one check for minors: a member under 14 speaks once staff have recorded a guardian's consent.
  if (actor.guardianConsentMissing && SPEECH.has(permission)) return GUARDIAN_REFUSAL;
  return rule.check(actor, t, now);
}

export function can<P extends Permission>(actor: Actor | null, permission: P, ...args: Args<P>): boolean {
  return refusal(actor, permission, ...args) === null;
}

/** For verbs: refused with the reason the person reads, or nothing. */
export function assertCan<P extends Permission>(actor: Actor | null, permission: P, ...args: Args<P>): void {
  const reason = refusal(actor, permission, ...args);
  if (reason) throw new Forbidden(reason);
}

export * from './standing';
export type { Refusal } from './rule';
export type { UserTarget } from './community';
export type { PrivacyRequestTarget } from './privacy';
