import { describe, expect, it } from 'vitest';
import { msg } from '../../i18n/message';
import { calendarDay, compareInstants, daysBetween } from './calendar-day';
import { comparableOrigin } from './origin';
import { EU_MEMBERS, regionOf } from './regions';
import { clip, result, row } from './result';
import { vatClassOf } from './vat-class';

describe('calendarDay', () => {
  it('gives the day in the administration’s time zone, not in UTC', () => {
    expect(calendarDay('2024-05-09T22:30:00Z', 'Europe/Amsterdam')).toBe('2024-05-10');
    expect(calendarDay('2024-05-09T22:30:00Z', 'UTC')).toBe('2024-05-09');
    expect(calendarDay('2024-05-09T21:59:59Z', 'Europe/Amsterdam')).toBe('2024-05-09');
    expect(calendarDay('2024-01-09T23:00:00Z', 'Europe/Amsterdam')).toBe('2024-01-10'); // winter: UTC+1
    expect(calendarDay('2024-01-09T22:59:59Z', 'Europe/Amsterdam')).toBe('2024-01-09');
  });

  it('reads offsets and fractions', () => {
    expect(calendarDay('2024-05-10T00:00:00.123+02:00', 'Europe/Amsterdam')).toBe('2024-05-10');
    expect(calendarDay('2024-05-10T00:00:00-05:00', 'Europe/Amsterdam')).toBe('2024-05-10');
  });

  it('throws on a non-instant or an unknown zone (runChecks turns that into an error)', () => {
    expect(() => calendarDay('yesterday', 'Europe/Amsterdam')).toThrow(RangeError);
    expect(() => calendarDay('2024-05-10T00:00:00Z', 'Nowhere/Town')).toThrow(RangeError);
  });

  it('counts days between calendar days, across months and DST', () => {
    expect(daysBetween('2024-05-10', '2024-05-11')).toBe(1);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
  });

  it('compares instants', () => {
    expect(compareInstants('2024-05-10T12:00:00Z', '2024-05-10T14:00:00+02:00')).toBe(0);
    expect(compareInstants('2024-05-10T11:59:59Z', '2024-05-10T14:00:00+02:00')).toBeLessThan(0);
  });
});

describe('regions', () => {
  it('knows the 27 EU member states, Greece as GR', () => {
    expect(EU_MEMBERS.size).toBe(27);
    expect(EU_MEMBERS.has('GR')).toBe(true);
    expect(EU_MEMBERS.has('EL')).toBe(false);
    expect(EU_MEMBERS.has('GB')).toBe(false);
  });

  it('classifies relative to the home country', () => {
    expect(regionOf('NL', 'NL')).toBe('domestic');
    expect(regionOf('BE', 'NL')).toBe('eu');
    expect(regionOf('NO', 'NL')).toBe('outside-eu');
    expect(regionOf('NL', 'BE')).toBe('eu');
    expect(regionOf('BE', 'BE')).toBe('domestic');
  });
});

describe('vatClassOf', () => {
  it.each([
    [0, 'zero'],
    [21, 'high'],
    [15, 'high'],
    [14.99, 'low'],
    [9, 'low'],
    [6, 'low'],
    [null, 'high'],
    [Number.NaN, 'high'],
  ] as const)('%s %% → %s', (rate, cls) => {
    expect(vatClassOf(rate)).toBe(cls);
  });
});

describe('comparableOrigin', () => {
  it.each([
    ['HTTPS://Shop.NL/', 'https://shop.nl'],
    ['https://shop.nl:443/path?q=1', 'https://shop.nl'],
    ['http://shop.nl:80', 'http://shop.nl'],
    ['http://shop.nl:443', 'http://shop.nl:443'],
    ['https://www.shop.nl', 'https://www.shop.nl'],
    ['  https://shop.nl  ', 'https://shop.nl'],
    ['not a url/', 'not a url'],
  ])('%s → %s', (url, origin) => {
    expect(comparableOrigin(url)).toBe(origin);
  });
});

describe('result limits', () => {
  it('keeps at most 50 evidence rows, saying how many more there were', () => {
    const evidence = Array.from({ length: 60 }, (_, i) => row(msg('evidence.article.active'), `A-${i}`));
    const r = result(7, 'fail', msg('check.7.fail.unknown'), { evidence });
    expect(r.evidence).toHaveLength(50);
    expect(r.evidence[49]).toEqual({ label: { key: 'evidence.more' }, value: '+11' });
  });

  it('clips long values', () => {
    expect(row(msg('evidence.reference'), 'x'.repeat(2000)).value).toHaveLength(1000);
    expect(clip('y'.repeat(600))).toHaveLength(500);
    expect(clip('short')).toBe('short');
  });
});
