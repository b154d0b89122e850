import { describe, expect, it } from 'vitest';
import { durationParts } from '@/components/transparency/duration';
import {
  branchTrustIndex,
  type ComplaintCounts,
  fewAnswers,
  median,
  networkTrustIndex,
  NO_COUNTS,
  percentile,
  rate,
  ratesOf,
  shrink,
  trustIndex,
} from '@/lib/complaints/metrics/formulas';

const counts = (c: Partial<ComplaintCounts>): ComplaintCounts => ({ ...NO_COUNTS, ...c });

describe('median', () => {
  it('has no value on an empty sample', () => {
    expect(median([])).toBeNull();
  });

  it('is the middle value of an odd sample and the mean of the two middle ones of an even sample', () => {
    expect(median([5])).toBe(5);
    expect(median([7, 1, 3])).toBe(3);
    expect(median([3, 1])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 10, 10, 90])).toBe(10);
  });

  it('leaves the caller’s array as it was', () => {
    const sample = [3, 1, 2];
    median(sample);
    expect(sample).toEqual([3, 1, 2]);
  });
});

describe('percentile (nearest rank)', () => {
  const oneTo = (n: number) => Array.from({ length: n }, (_, i) => n - i); // given in reverse on purpose

  it('has no value on an empty sample', () => {
    expect(percentile([], 90)).toBeNull();
  });

  it('is the only value of a sample of one', () => {
    expect(percentile([42], 90)).toBe(42);
  });

  it('takes the ⌈p·n/100⌉-th smallest value, never interpolating', () => {
    expect(percentile(oneTo(10), 90)).toBe(9);
    expect(percentile(oneTo(11), 90)).toBe(10); // ⌈9.9⌉
    expect(percentile(oneTo(2), 90)).toBe(2); // ⌈1.8⌉
    expect(percentile([1, 100], 50)).toBe(1);
    expect(percentile(oneTo(4), 100)).toBe(4);
  });

  it('gets the rank exactly where floating point would not (0.9 × 70 = 63.000…01)', () => {
    expect(percentile(oneTo(70), 90)).toBe(63);
  });

  it('refuses a percentile outside (0, 100]', () => {
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('rates', () => {
  it('are null, not zero, when there is nothing to divide by', () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(0, 5)).toBe(0);
    expect(rate(3, 4)).toBe(0.75);
    expect(ratesOf(NO_COUNTS)).toEqual({ responseRate: null, solutionRate: null, csat: null, averageRating: null, wouldStayRate: null });
  });

  it('take the response rate over complaints and the survey figures over answers', () => {
    const c = counts({ complaints: 4, replied: 3, answers: 2, solvedYes: 1, wouldStayYes: 2, highRatings: 1, ratingSum: 7 });
    expect(ratesOf(c)).toEqual({ responseRate: 0.75, solutionRate: 0.5, csat: 0.5, averageRating: 3.5, wouldStayRate: 1 });
  });

  it('have a response rate even before anyone answered the survey', () => {
    expect(ratesOf(counts({ complaints: 2, replied: 1 }))).toEqual({ responseRate: 0.5, solutionRate: null, csat: null, averageRating: null, wouldStayRate: null });
  });
});

describe('trust index', () => {
  it('weighs IR 0.2, IS 0.3, the rating rescaled to 0–1 0.3 and IN 0.2, on a 0–10 scale', () => {
    expect(trustIndex({ responseRate: 1, solutionRate: 1, averageRating: 5, wouldStayRate: 1 })).toBe(10);
    expect(trustIndex({ responseRate: 0, solutionRate: 0, averageRating: 1, wouldStayRate: 0 })).toBe(0);
    // 10 × (0.16 + 0.15 + 0.225 + 0.15)
    expect(trustIndex({ responseRate: 0.8, solutionRate: 0.5, averageRating: 4, wouldStayRate: 0.75 })).toBeCloseTo(6.85, 10);
    expect(trustIndex({ responseRate: 0, solutionRate: 0, averageRating: 5, wouldStayRate: 0 })).toBeCloseTo(3, 10);
  });

  it('has no value when a component has none', () => {
    expect(trustIndex({ responseRate: 1, solutionRate: null, averageRating: 5, wouldStayRate: 1 })).toBeNull();
    expect(trustIndex(ratesOf(NO_COUNTS))).toBeNull();
  });

  // IR 0.8, IS 0.5, average 3.8, IN 0.7 → 10 × (0.16 + 0.15 + 0.21 + 0.14) = 6.6
  const network = counts({ complaints: 20, replied: 16, answers: 10, solvedYes: 5, wouldStayYes: 7, highRatings: 6, ratingSum: 38 });

  it('is published for the network only from 10 evaluated complaints', () => {
    expect(fewAnswers(9)).toBe(true);
    expect(fewAnswers(10)).toBe(false);
    expect(networkTrustIndex(NO_COUNTS)).toBeNull();
    expect(networkTrustIndex({ ...network, answers: 9, ratingSum: 34 })).toBeNull();
    expect(networkTrustIndex(network)).toBeCloseTo(6.6, 10);
  });

  it('shrinks toward the prior with seven imaginary observations', () => {
    expect(shrink(0, 0, 0.6)).toBeCloseTo(0.6, 12);
    expect(shrink(3, 3, 0.5)).toBeCloseTo(0.65, 12); // (3 + 3.5) / 10
    expect(shrink(0, 3, 0.5, 1)).toBeCloseTo(0.125, 12);
  });

  it('pulls a small branch toward the network average', () => {
    const perfect = counts({ complaints: 3, replied: 3, answers: 3, solvedYes: 3, wouldStayYes: 3, highRatings: 3, ratingSum: 15 });
    // IR (3 + 5.6)/10 = 0.86, IS (3 + 3.5)/10 = 0.65, rating (15 + 26.6)/10 = 4.16, IN (3 + 4.9)/10 = 0.79
    // 10 × (0.172 + 0.195 + 0.237 + 0.158) = 7.62, between the network's 6.6 and its own raw 10.
    expect(branchTrustIndex(perfect, network)).toBeCloseTo(7.62, 10);
    expect(trustIndex(ratesOf(perfect))).toBe(10);
  });

  it('lets a branch with many answers keep nearly its own value', () => {
    const big = counts({ complaints: 1000, replied: 1000, answers: 1000, solvedYes: 1000, wouldStayYes: 1000, highRatings: 1000, ratingSum: 5000 });
    expect(branchTrustIndex(big, network)!).toBeGreaterThan(9.9);
  });

  it('is not published for a branch while the network has too few answers, nor for a branch with none', () => {
    const branch = counts({ complaints: 2, replied: 2, answers: 2, solvedYes: 2, wouldStayYes: 2, highRatings: 2, ratingSum: 10 });
    expect(branchTrustIndex(branch, { ...network, answers: 9, ratingSum: 34 })).toBeNull();
    expect(branchTrustIndex(counts({ complaints: 4, replied: 4 }), network)).toBeNull();
    expect(branchTrustIndex(NO_COUNTS, NO_COUNTS)).toBeNull();
  });
});

describe('how a wait reads', () => {
  it('is minutes under an hour, hours and minutes under two days, then days to one decimal', () => {
    expect(durationParts(0)).toEqual({ unit: 'lessThanMinute' });
    expect(durationParts(29)).toEqual({ unit: 'lessThanMinute' });
    expect(durationParts(30)).toEqual({ unit: 'minutes', minutes: 1 });
    expect(durationParts(45 * 60)).toEqual({ unit: 'minutes', minutes: 45 });
    expect(durationParts(59 * 60 + 40)).toEqual({ unit: 'hours', hours: 1, minutes: 0 });
    expect(durationParts(3 * 3600 + 20 * 60)).toEqual({ unit: 'hours', hours: 3, minutes: 20 });
    expect(durationParts(47 * 3600 + 59 * 60)).toEqual({ unit: 'hours', hours: 47, minutes: 59 });
    expect(durationParts(48 * 3600)).toEqual({ unit: 'days', days: 2 });
    expect(durationParts(2.54 * 86_400)).toEqual({ unit: 'days', days: 2.5 });
    expect(durationParts(10 * 86_400)).toEqual({ unit: 'days', days: 10 });
  });
});
