// How long a wait reads on the page: minutes under an hour, hours and minutes under two days, then
// days to one decimal ("3 h 20 min", "2,5 días"). Pure, so the rounding is tested, not eyeballed.

export type DurationParts =
  | { unit: 'lessThanMinute' }
  | { unit: 'minutes'; minutes: number }
  | { unit: 'hours'; hours: number; minutes: number }
  | { unit: 'days'; days: number };

const TWO_DAYS_MINUTES = 48 * 60;

export function durationParts(seconds: number): DurationParts {
  const minutes = Math.round(seconds / 60);
  if (minutes < 1) return { unit: 'lessThanMinute' };
  if (minutes < 60) return { unit: 'minutes', minutes };
  if (minutes < TWO_DAYS_MINUTES) return { unit: 'hours', hours: Math.floor(minutes / 60), minutes: minutes % 60 };
  return { unit: 'days', days: Math.round(seconds / 8640) / 10 };
}
