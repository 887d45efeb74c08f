import { describe, expect, it } from 'vitest';
import { addDays, dayOf, daysFrom, planListing } from './feed-plan';

/** The listing plan: a first run walks the window day by day; later ones ask the minutes since, or walk the gap. */
const NOW = Date.parse('2026-03-04T10:00:00Z'); // 11:00 in Amsterdam
const FEED = { maxRecentMinutes: 60, maxDaysBack: 89, dayTimeZone: 'Europe/Amsterdam' };
const SINCE = new Date(NOW - 30 * 86_400_000).toISOString();
const minutesAgo = (n: number) => new Date(NOW - n * 60_000).toISOString();

describe('days', () => {
  it('takes the calendar day in the platform’s zone, not UTC', () => {
    expect(dayOf(Date.parse('2026-03-03T23:30:00Z'), 'Europe/Amsterdam')).toBe('2026-03-04');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(daysFrom('2026-02-27', '2026-03-01')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
  });
});

describe('planListing', () => {
  it('the first run walks every day of the window, one day earlier for the calendar, up to today', () => {
    const plan = planListing({ now: NOW, since: SINCE, previous: null, feed: FEED });
    expect(plan).toMatchObject({ mode: 'days', index: 0, page: null, minutes: null, unread: [], listedFrom: new Date(NOW).toISOString() });
    expect(plan.days[0]).toBe('2026-02-01');
    expect(plan.days.at(-1)).toBe('2026-03-04');
    expect(plan.days).toHaveLength(32);
  });

  it('a run 15 minutes after the last listing asks only the changes of the last 16 minutes', () => {
    const plan = planListing({ now: NOW, since: SINCE, previous: { connectionId: 'c', coveredFrom: '2026-02-01', listedFrom: minutesAgo(15), unread: [] }, feed: FEED });
    expect(plan).toMatchObject({ mode: 'recent', minutes: 16, days: [], changesSince: minutesAgo(15) });
  });

  it('asks 60 minutes at most; a longer gap walks the days since the last listing instead', () => {
    expect(planListing({ now: NOW, since: SINCE, previous: { connectionId: 'c', coveredFrom: '2026-02-01', listedFrom: minutesAgo(59), unread: [] }, feed: FEED })).toMatchObject({ mode: 'recent', minutes: 60 });
    const gap = planListing({ now: NOW, since: SINCE, previous: { connectionId: 'c', coveredFrom: '2026-02-01', listedFrom: minutesAgo(61), unread: [] }, feed: FEED });
    expect(gap).toMatchObject({ mode: 'days', days: ['2026-03-04'], minutes: null });
    const days = planListing({ now: NOW, since: SINCE, previous: { connectionId: 'c', coveredFrom: '2026-02-01', listedFrom: new Date(NOW - 3 * 86_400_000).toISOString(), unread: [] }, feed: FEED });
    expect(days.days).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04']);
  });

  it('walks again the days that could not be read, with the gap', () => {
    const previous = { connectionId: 'c', coveredFrom: '2026-02-01', listedFrom: minutesAgo(15), unread: [{ day: '2026-02-10', reason: 'error' as const }] };
    expect(planListing({ now: NOW, since: SINCE, previous, feed: FEED })).toMatchObject({ mode: 'days', days: ['2026-02-10', '2026-03-04'] });
  });

  it('a longer window walks the days before the first walk once, then follows again', () => {
    const longer = new Date(NOW - 33 * 86_400_000).toISOString();
    const previous = { connectionId: 'c', coveredFrom: '2026-02-01', listedFrom: minutesAgo(15), unread: [] };
    const plan = planListing({ now: NOW, since: longer, previous, feed: FEED });
    expect(plan).toMatchObject({ mode: 'days', days: ['2026-01-29', '2026-01-30', '2026-01-31', '2026-03-04'], coveredFrom: '2026-01-29' });
    // A shorter window keeps what was covered.
    expect(planListing({ now: NOW, since: new Date(NOW - 7 * 86_400_000).toISOString(), previous, feed: FEED })).toMatchObject({ mode: 'recent', coveredFrom: '2026-02-01' });
  });

  it('names the days older than the platform serves instead of asking them', () => {
    const plan = planListing({ now: NOW, since: SINCE, previous: null, feed: { ...FEED, maxDaysBack: 10 } });
    expect(plan.days[0]).toBe('2026-02-22');
    expect(plan.unread).toHaveLength(21);
    expect(plan.unread[0]).toEqual({ day: '2026-02-01', reason: 'too-old' });
    // Also on a follow-up: the popup keeps saying so.
    const later = planListing({ now: NOW, since: SINCE, previous: { connectionId: 'c', coveredFrom: '2026-02-01', listedFrom: minutesAgo(15), unread: [] }, feed: { ...FEED, maxDaysBack: 10 } });
    expect(later).toMatchObject({ mode: 'recent' });
    expect(later.unread).toHaveLength(21);
  });
});
