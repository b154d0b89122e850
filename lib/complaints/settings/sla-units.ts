import { type Priority, PRIORITIES, type SlaPolicy, SPAIN_LEGAL_MONTH_MINUTES } from '@/lib/complaints/sla';

/** How the form lets a manager write an SLA time: a whole number of minutes, hours or days. */
export const SLA_UNITS = { minutes: 1, hours: 60, days: 1440 } as const;
export type SlaUnit = keyof typeof SLA_UNITS;
export const SLA_UNIT_NAMES = ['minutes', 'hours', 'days'] as const satisfies readonly SlaUnit[];

/** The three clocks of a policy, in the order the form shows them. */
export const SLA_CLOCKS = ['firstResponse', 'update', 'resolution'] as const;
export type SlaClock = (typeof SLA_CLOCKS)[number];

/** A year is already far beyond any promise worth making to a member. */
export const SLA_MAX_MINUTES = 365 * 1440;

/** The largest unit that says the same time exactly: 2880 minutes reads "2 days", 90 reads "90 minutes". */
export function splitMinutes(minutes: number): { value: number; unit: SlaUnit } {
  if (minutes % SLA_UNITS.days === 0) return { value: minutes / SLA_UNITS.days, unit: 'days' };
  if (minutes % SLA_UNITS.hours === 0) return { value: minutes / SLA_UNITS.hours, unit: 'hours' };
  return { value: minutes, unit: 'minutes' };
}

export const minutesOf = (clock: SlaClock): keyof SlaPolicy => `${clock}Minutes`;

/**
 * Spain's one-month answer for every priority: resolution becomes the legal month, and a first
 * answer or update interval longer than that month comes down to it; shorter promises are kept.
 */
export function legalMonthPreset(current: Record<Priority, SlaPolicy>): Record<Priority, SlaPolicy> {
  const cap = (m: number) => Math.min(m, SPAIN_LEGAL_MONTH_MINUTES);
  return Object.fromEntries(
    PRIORITIES.map((p) => [
      p,
      { firstResponseMinutes: cap(current[p].firstResponseMinutes), updateMinutes: cap(current[p].updateMinutes), resolutionMinutes: SPAIN_LEGAL_MONTH_MINUTES },
    ]),
  ) as Record<Priority, SlaPolicy>;
}
