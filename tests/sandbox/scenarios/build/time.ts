export const DAY_MS = 86_400_000;

/**
 * The instant `days` days before `now`, on that UTC date at `hourUtc`:00. The default 10:00 UTC
 * is midday in Amsterdam, far from a calendar-day boundary; with days ≥ 1 it is always past.
 */
export function daysAgo(now: number, days: number, hourUtc = 10): string {
  const d = new Date(now - days * DAY_MS);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d.toISOString();
}

/** Midnight UTC of the instant's UTC date: how Exact stores a date (OrderDate, StartDate). */
export function dateOnly(iso: string): string {
  return `${iso.slice(0, 10)}T00:00:00.000Z`;
}
