import { describe, expect, it } from 'vitest';
import { makeTranslate } from './popup-context';
import { relativeText, whenText } from './time-text';

const ZONE = 'Europe/Amsterdam';
/** Saturday 28 March 2026, 23:30 in Amsterdam; the clocks go forward that night. */
const NOW = Date.parse('2026-03-28T22:30:00Z');
const en = makeTranslate('en');
const nl = makeTranslate('nl');

describe('relativeText', () => {
  it('says "just now" under a minute, then minutes, hours and days, both ways', () => {
    expect(relativeText(NOW - 20_000, NOW, 'en', en)).toBe('just now');
    expect(relativeText(NOW + 20_000, NOW, 'nl', nl)).toBe('zo meteen');
    expect(relativeText(NOW - 5 * 60_000, NOW, 'en', en)).toBe('5 minutes ago');
    expect(relativeText(NOW + 90 * 60_000, NOW, 'nl', nl)).toBe('over 2 uur');
    expect(relativeText(NOW - 3 * 86_400_000, NOW, 'nl', nl)).toBe('3 dagen geleden');
  });
});

describe('whenText', () => {
  it('names the clock time today, "tomorrow" across a DST night, and the date beyond', () => {
    expect(whenText(NOW + 20 * 60_000, NOW, 'en', en, ZONE)).toBe('at 23:50');
    // 01:00 UTC on 29 March is 03:00 summer time in Amsterdam.
    expect(whenText(Date.parse('2026-03-29T01:00:00Z'), NOW, 'en', en, ZONE)).toBe('tomorrow at 03:00');
    expect(whenText(Date.parse('2026-03-29T21:45:00Z'), NOW, 'nl', nl, ZONE)).toBe('morgen om 23:45');
    expect(whenText(Date.parse('2026-03-31T08:00:00Z'), NOW, 'en', en, ZONE)).toBe('on Tue 31 Mar at 10:00');
    expect(whenText(Date.parse('2026-03-31T08:00:00Z'), NOW, 'nl', nl, ZONE)).toBe('op di 31 mrt om 10:00');
    expect(whenText(NOW - 60_000, NOW, 'en', en, ZONE)).toBe('in a moment');
  });
});
