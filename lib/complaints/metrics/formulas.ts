// The complaint figures of docs/domain.md › Metrics as pure functions over counts. The database counts
// (queries.ts); these turn counts into figures, so every rule here is what the unit tests pin down.

/** Below this many evaluated complaints (complaints with a satisfaction answer) no trust index is published. */
export const MIN_EVALUATIONS = 10;

/** A branch's survey figures are read as if it also had this many evaluations at the network average. */
export const PRIOR_WEIGHT = 7;

/** What the database counts for one sample: the whole network, or one branch. */
export interface ComplaintCounts {
  /** Complaints filed in the window. */
  complaints: number;
  /** Of those, with at least one official (public, signed staff) statement. */
  replied: number;
  /** Satisfaction answers: the evaluated complaints. */
  answers: number;
  solvedYes: number;
  wouldStayYes: number;
  /** Ratings of 4 or 5. */
  highRatings: number;
  /** Sum of the 1–5 ratings, so that averages can be pooled and shrunk exactly. */
  ratingSum: number;
}

export const NO_COUNTS: ComplaintCounts = { complaints: 0, replied: 0, answers: 0, solvedYes: 0, wouldStayYes: 0, highRatings: 0, ratingSum: 0 };

export interface Rates {
  /** IR: share of complaints with an official reply, 0–1. */
  responseRate: number | null;
  /** IS: share of answers saying the problem was solved, 0–1. */
  solutionRate: number | null;
  /** Share of ratings that are 4 or 5, 0–1. */
  csat: number | null;
  /** Mean rating, 1–5. */
  averageRating: number | null;
  /** IN: share of answers saying they would stay, 0–1. */
  wouldStayRate: number | null;
}

/** part / total, or null when there is nothing to divide by: an empty sample has no rate, not 0 %. */
export function rate(part: number, total: number): number | null {
  return total > 0 ? part / total : null;
}

export function ratesOf(c: ComplaintCounts): Rates {
  return {
    responseRate: rate(c.replied, c.complaints),
    solutionRate: rate(c.solvedYes, c.answers),
    csat: rate(c.highRatings, c.answers),
    // A mean is the same empty-safe division: rating points over answers.
    averageRating: rate(c.ratingSum, c.answers),
    wouldStayRate: rate(c.wouldStayYes, c.answers),
  };
}

/** The middle value; with an even count, the mean of the two middle values. Null on an empty sample. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const upper = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[upper]! : (sorted[upper - 1]! + sorted[upper]!) / 2;
}

/**
 * The p-th percentile (0 < p ≤ 100) by the nearest-rank method: the smallest value with at least
 * p % of the sample at or below it, i.e. the ⌈p·n/100⌉-th value in ascending order. Always a value
 * that occurred (no interpolation). p·n is an integer product, so the rank is exact (0.9 × 70 in
 * floating point is 63.000…01, which would wrongly round up to 64).
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p * sorted.length) / 100) - 1]!;
}

/** The four components of the trust index, each as a share 0–1 except the rating (1–5). */
export type TrustComponents = Pick<Rates, 'responseRate' | 'solutionRate' | 'averageRating' | 'wouldStayRate'>;

/** 10 × (0.2·IR + 0.3·IS + 0.3·(avg rating − 1)/4 + 0.2·IN), on 0–10; null if any component is missing. */
export function trustIndex(c: TrustComponents): number | null {
  const { responseRate: ir, solutionRate: is, averageRating: avg, wouldStayRate: inn } = c;
  if (ir === null || is === null || avg === null || inn === null) return null;
  return 10 * (0.2 * ir + 0.3 * is + (0.3 * (avg - 1)) / 4 + 0.2 * inn);
}

export const fewAnswers = (answers: number) => answers < MIN_EVALUATIONS;

/** The network's trust index: published only from MIN_EVALUATIONS evaluated complaints. */
export function networkTrustIndex(network: ComplaintCounts): number | null {
  return fewAnswers(network.answers) ? null : trustIndex(ratesOf(network));
}

/** part / total after adding `weight` imaginary observations at the prior rate (Bayesian average). */
export function shrink(part: number, total: number, prior: number, weight = PRIOR_WEIGHT): number {
  return (part + weight * prior) / (total + weight);
}

/**
 * A branch's trust index, each component shrunk toward the network's with PRIOR_WEIGHT imaginary
 * evaluations: a branch with two glowing answers does not outrank one with fifty good ones.
 * IR is shrunk over complaints, the survey components over answers.
 *
 * Published only when the network's own index is (the prior must itself rest on enough answers),
 * and not for a branch without a single answer, whose "index" would be the network's. Between 1
 * and MIN_EVALUATIONS − 1 answers it is shown marked as based on few answers (see fewAnswers).
 */
export function branchTrustIndex(branch: ComplaintCounts, network: ComplaintCounts): number | null {
  if (branch.answers === 0 || networkTrustIndex(network) === null) return null;
  const prior = ratesOf(network);
  return trustIndex({
    responseRate: shrink(branch.replied, branch.complaints, prior.responseRate!),
    solutionRate: shrink(branch.solvedYes, branch.answers, prior.solutionRate!),
    averageRating: shrink(branch.ratingSum, branch.answers, prior.averageRating!),
    wouldStayRate: shrink(branch.wouldStayYes, branch.answers, prior.wouldStayRate!),
  });
}

/** What the database counts about speed and follow-through for one sample (docs/decisions/0006). */
export interface ResponsivenessCounts {
  /** Complaints whose SLA can be judged: ended (resolved or closed) or already breached. */
  slaJudged: number;
  /** Of those, ended without a first-response or resolution breach. */
  slaMet: number;
  /** Events reopening a complaint: `solution_rejected` or `reopened`. */
  reopens: number;
  /** Events moving a complaint to `resolved`. */
  resolutions: number;
}

export interface ResponsivenessRates {
  slaCompliance: number | null;
  /** Reopens per resolution; can exceed 1 when a complaint bounces more than once. */
  reopenRate: number | null;
}

export function responsivenessOf(c: ResponsivenessCounts): ResponsivenessRates {
  return { slaCompliance: rate(c.slaMet, c.slaJudged), reopenRate: rate(c.reopens, c.resolutions) };
}

/** The relative change from `previous` to `current`, or null when either is missing or the base is 0. */
export function change(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / Math.abs(previous);
}

/** Upper bounds, in hours, of the ageing buckets of open complaints; the last bucket is open-ended. */
export const AGE_BUCKET_HOURS = [24, 72, 168, 720] as const;

/** The index of the ageing bucket an open complaint of this age falls in (0 … AGE_BUCKET_HOURS.length). */
export function ageBucket(ageSeconds: number): number {
  const hours = ageSeconds / 3600;
  const i = AGE_BUCKET_HOURS.findIndex((limit) => hours < limit);
  return i === -1 ? AGE_BUCKET_HOURS.length : i;
}

/**
 * P(X ≥ k) for X ~ Poisson(λ): how surprising k complaints are when λ were expected. The terms
 * e^−λ λ^i / i! from i = k upward, the first one in log space, so that neither a large k nor a large λ
 * overflows, and a tiny tail is not lost to 1 − (something close to 1). λ = 0: nothing was expected,
 * so any k ≥ 1 has probability 0.
 */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  // At or below the mean the tail is at least about a half: 1 − P(X < k) loses nothing then.
  if (k <= lambda) {
    let below = 0;
    let logFact = 0;
    for (let i = 0; i < k; i++) {
      if (i > 1) logFact += Math.log(i);
      below += Math.exp(-lambda + i * Math.log(lambda) - logFact);
    }
    return Math.max(0, 1 - below);
  }
  let term = Math.exp(-lambda + k * Math.log(lambda) - logFactorial(k));
  let sum = 0;
  // Past the mean every term shrinks; stop once they no longer change the sum.
  for (let i = k; i < k + 100_000; i++) {
    sum += term;
    if (term <= sum * 1e-16) break;
    term *= lambda / (i + 1);
  }
  return Math.min(1, sum);
}

function logFactorial(n: number): number {
  let sum = 0;
  for (let i = 2; i <= n; i++) sum += Math.log(i);
  return sum;
}
