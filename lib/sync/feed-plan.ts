import type { ChangeFeed } from '../shops/types';
import type { FeedCursor, FeedState, UnreadDay } from './feed-model';

/**
 * Which changes a run asks for (pure). The first run of a connection walks every day of the window;
 * later runs ask what changed since the last listing began, or walk the days since then when that
 * gap is longer than the platform serves. Days the platform no longer serves are named, not asked.
 */
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function dayOf(instant: number, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(new Date(instant));
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `first` to `last`, both included. */
export function daysFrom(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last && days.length < 400; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The minutes to ask for changes since `since`: one more than the gap, so nothing at its edge is missed. */
export function minutesSince(since: string, now: number): number {
  return Math.max(1, Math.ceil((now - Date.parse(since)) / MINUTE_MS) + 1);
}

export interface PlanInput {
  now: number;
  /** Start of the window (an instant). */
  since: string;
  previous: FeedState | null;
  feed: Pick<ChangeFeed, 'maxRecentMinutes' | 'maxDaysBack' | 'dayTimeZone'>;
}

export function planListing({ now, since, previous, feed }: PlanInput): FeedCursor {
  const today = dayOf(now, feed.dayTimeZone);
  // One day earlier than the window's first: the platform's calendar may not be exactly ours.
  const firstDay = addDays(dayOf(Date.parse(since), feed.dayTimeZone), -1);
  const oldest = addDays(today, -feed.maxDaysBack);
  const windowDays = daysFrom(firstDay, today);
  const tooOld: UnreadDay[] = windowDays.filter((day) => day < oldest).map((day) => ({ day, reason: 'too-old' }));
  const readable = windowDays.filter((day) => day >= oldest);
  const base = { listedFrom: new Date(now).toISOString(), index: 0, page: null, unread: tooOld, changesSince: null };
  if (previous === null) return { ...base, coveredFrom: firstDay, mode: 'days', days: readable, minutes: null };

  // Days not read yet: those that answered an error, and those a longer window reaches before the first walk.
  const retry = new Set(previous.unread.filter((u) => u.reason === 'error').map((u) => u.day));
  for (const day of readable) if (day < previous.coveredFrom) retry.add(day);
  const covered = { coveredFrom: firstDay < previous.coveredFrom ? firstDay : previous.coveredFrom };
  const gapMinutes = minutesSince(previous.listedFrom, now);
  if (retry.size === 0 && gapMinutes <= feed.maxRecentMinutes) {
    return { ...base, ...covered, mode: 'recent', days: [], minutes: gapMinutes, changesSince: previous.listedFrom };
  }
  const sinceLast = daysFrom(dayOf(Date.parse(previous.listedFrom), feed.dayTimeZone), today);
  const days = readable.filter((day) => retry.has(day) || sinceLast.includes(day));
  return { ...base, ...covered, mode: 'days', days, minutes: null };
}
