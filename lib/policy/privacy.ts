import { type Actor, hasRole } from './standing';
import { refuseUnless, type Rule, type RuleTable } from './rule';

/** Whose request it is, for a member reading or opening their own. */
export interface PrivacyRequestTarget {
  subjectId: string;
}

/**
 * Speech that waits for a guardian's consent when the member is under 14 (LOPDGDD art. 7): writing in a
 * group, in a thread, on the board. Reading, reacting to nothing new, and exercising one's rights stay open.
 */
export const SPEECH = new Set<string>(['post:group', 'reply:thread', 'edit:post', 'file:complaint', 'comment:complaint']);

export const GUARDIAN_REFUSAL = 'privacy.errors.guardianConsentNeeded';

export const privacyRules = {
  // A person's rights do not lapse because they are silenced: the desk stays open to them.
  'request:privacy': { standing: 'active', check: (a: Actor, t: PrivacyRequestTarget | undefined) => refuseUnless(!t || t.subjectId === a.id) } as Rule<PrivacyRequestTarget | undefined>,
  // The desk: managers answer for the controller.
  'handle:privacy_request': { check: (a: Actor) => refuseUnless(hasRole(a, 'manager')) } as Rule<void>,
  'view:privacy_desk': { standing: 'active', check: (a: Actor) => refuseUnless(hasRole(a, 'manager')) } as Rule<void>,
  'publish:legal_document': { check: (a: Actor) => refuseUnless(hasRole(a, 'manager')) } as Rule<void>,
  'manage:retention': { check: (a: Actor) => refuseUnless(hasRole(a, 'manager')) } as Rule<void>,
  // Staff meet the guardian (at the club's desk, with the form signed) and record it.
  'record:guardian_consent': { check: (a: Actor) => refuseUnless(hasRole(a, 'staff')) } as Rule<void>,
  // Accepting the terms is what lets anyone in at all, whatever their standing.
  'accept:legal_document': { standing: 'any', check: () => null } as Rule<void>,
} satisfies RuleTable;
