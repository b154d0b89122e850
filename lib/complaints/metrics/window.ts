// The transparency page's address and the windows it offers (docs/domain.md › Metrics: 30 / 90 / 365 days).

export const TRANSPARENCY_PATH = '/board/transparency';

export const WINDOW_DAYS = [30, 90, 365] as const;
export type WindowDays = (typeof WINDOW_DAYS)[number];
export const DEFAULT_WINDOW_DAYS: WindowDays = 90;

/** The window named in the address (?window=30), or the default for anything else typed there. */
export function parseWindowDays(raw: string | string[] | undefined): WindowDays {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return WINDOW_DAYS.find((days) => String(days) === value) ?? DEFAULT_WINDOW_DAYS;
}

export function transparencyHref(windowDays: WindowDays): string {
  return windowDays === DEFAULT_WINDOW_DAYS ? TRANSPARENCY_PATH : `${TRANSPARENCY_PATH}?window=${windowDays}`;
}
