// The dashboard's period: a preset of the last 7 / 30 / 90 / 365 days, or whole days picked by the
// manager. Read from the address (?window=30, or ?window=custom&from=2026-01-01&to=2026-01-31) so that a
// view can be shared and works without JavaScript; a bad custom range keeps what was typed.

export const DASHBOARD_PATH = '/admin/dashboard';
export const STAFF_FIGURES_PATH = '/staff/figures';

export const PRESET_DAYS = [7, 30, 90, 365] as const;
export type PresetDays = (typeof PRESET_DAYS)[number];
export const DEFAULT_PRESET: PresetDays = 30;
/** The longest custom range: a year, leap years included. */
export const MAX_CUSTOM_DAYS = 366;

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** How a trend is cut: short periods by day, a quarter by week, longer by month. */
export type Bucket = 'day' | 'week' | 'month';

export interface Period {
  /** Complaints filed after `from` and up to `to`. */
  from: Date;
  to: Date;
  /** The period of the same length just before, for comparison. */
  previousFrom: Date;
  bucket: Bucket;
  preset: PresetDays | null;
  /** The custom dates as typed (YYYY-MM-DD), for the form. */
  custom: { from: string; to: string } | null;
}

export interface PeriodChoice {
  period: Period;
  /** Set when the custom range was refused; `period` is then the default preset. */
  error: { field: 'from' | 'to'; message: string } | null;
  /** What was typed in the custom fields, kept on error. */
  typed: { from: string; to: string };
}

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export function bucketFor(days: number): Bucket {
  return days <= 31 ? 'day' : days <= 120 ? 'week' : 'month';
}

function periodOf(from: Date, to: Date, preset: PresetDays | null, custom: Period['custom']): Period {
  const length = to.getTime() - from.getTime();
  return { from, to, previousFrom: new Date(from.getTime() - length), bucket: bucketFor(length / DAY_MS), preset, custom };
}

export function presetPeriod(days: PresetDays, now = new Date()): Period {
  return periodOf(new Date(now.getTime() - days * DAY_MS), now, days, null);
}

/** A calendar date typed as YYYY-MM-DD, as the UTC midnight that starts it; null if no such day. */
function day(text: string): Date | null {
  if (!DATE.test(text)) return null;
  const d = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text ? null : d;
}

/**
 * The period the address asks for. A custom range covers whole days (UTC), both ends included, and
 * stops at `now`; an inverted, unreadable or longer-than-a-year range is refused with a message (an
 * i18n key under `dashboard.`) on the field to fix.
 */
export function parsePeriod(params: Params, now = new Date()): PeriodChoice {
  const window = first(params.window);
  const typed = { from: first(params.from).slice(0, 10), to: first(params.to).slice(0, 10) };
  const fallback = (error: PeriodChoice['error']): PeriodChoice => ({ period: presetPeriod(DEFAULT_PRESET, now), error, typed });
  if (window !== 'custom') {
    const preset = PRESET_DAYS.find((d) => String(d) === window) ?? DEFAULT_PRESET;
    return { period: presetPeriod(preset, now), error: null, typed };
  }
  const from = day(typed.from);
  const to = day(typed.to);
  if (!from) return fallback({ field: 'from', message: typed.from ? 'dashboard.errors.badDate' : 'dashboard.errors.dateRequired' });
  if (!to) return fallback({ field: 'to', message: typed.to ? 'dashboard.errors.badDate' : 'dashboard.errors.dateRequired' });
  if (to < from) return fallback({ field: 'to', message: 'dashboard.errors.inverted' });
  if (from > now) return fallback({ field: 'from', message: 'dashboard.errors.future' });
  const end = new Date(Math.min(to.getTime() + DAY_MS, now.getTime()));
  if ((to.getTime() - from.getTime()) / DAY_MS + 1 > MAX_CUSTOM_DAYS) return fallback({ field: 'to', message: 'dashboard.errors.tooLong' });
  return { period: periodOf(from, end, null, typed), error: null, typed };
}

/** The address of a period on a page (the dashboard, a staff member's figures, an export). */
export function periodQuery(period: Pick<Period, 'preset' | 'custom'>): URLSearchParams {
  if (period.custom) return new URLSearchParams({ window: 'custom', from: period.custom.from, to: period.custom.to });
  return new URLSearchParams(period.preset === DEFAULT_PRESET || period.preset === null ? {} : { window: String(period.preset) });
}

export function periodHref(path: string, period: Pick<Period, 'preset' | 'custom'>, extra: Record<string, string> = {}): string {
  const query = periodQuery(period);
  for (const [k, v] of Object.entries(extra)) query.set(k, v);
  return query.size > 0 ? `${path}?${query}` : path;
}
