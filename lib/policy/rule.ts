import type { Actor, StandingNeeded } from './standing';

/** Why the actor may not: an i18n key the form or page shows. Null when they may. */
export type Refusal = string | null;

/**
 * One permission of one area, as data: the standing it needs (checked once, by `refusal()`), what a
 * visitor or a sanctioned reader may see, and the area's own check.
 */
export interface Rule<T> {
  /** Default `write`: a silenced account is refused; `active` keeps it for a silenced one; `any` even for a banned one. */
  standing?: StandingNeeded;
  /** Whether what this rule guards is open to someone without an active account (a visitor of a public board). */
  visitor?: (target: T) => boolean;
  check: (actor: Actor, target: T, now: Date) => Refusal;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each table keeps its own target types
export type RuleTable = Record<string, Rule<any>>;

export const allow = (): Refusal => null;
export const refuseUnless = (ok: boolean, reason = 'errors.forbidden'): Refusal => (ok ? null : reason);
