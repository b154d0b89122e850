/** The calendar day (YYYY-MM-DD) of an instant in the community's time zone, where "today" is lived. */
export function dayKey(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** The day before, by the calendar rather than by 24 hours, which a daylight-saving change would break. */
export function previousDay(key: string): string {
  const d = new Date(`${key}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Consecutive runs of the same day, in the order given (the list is already newest first). */
export function groupByDay<T extends { createdAt: Date }>(items: T[], timeZone: string): { day: string; items: T[] }[] {
  const out: { day: string; items: T[] }[] = [];
  for (const item of items) {
    const day = dayKey(item.createdAt, timeZone);
    const last = out[out.length - 1];
    if (last?.day === day) last.items.push(item);
    else out.push({ day, items: [item] });
  }
  return out;
}
