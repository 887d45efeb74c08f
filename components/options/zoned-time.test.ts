import { describe, expect, it } from 'vitest';
import { isoToZonedLocal, zonedLocalToIso } from './zoned-time';

describe('zoned time', () => {
  it('gives the offset of the zone at that moment (winter, summer, UTC, negative)', () => {
    expect(zonedLocalToIso('2024-01-15T09:00', 'Europe/Amsterdam')).toBe('2024-01-15T09:00:00+01:00');
    expect(zonedLocalToIso('2024-07-01T09:30', 'Europe/Amsterdam')).toBe('2024-07-01T09:30:00+02:00');
    expect(zonedLocalToIso('2024-07-01T09:30:15', 'UTC')).toBe('2024-07-01T09:30:15+00:00');
    expect(zonedLocalToIso('2024-07-01T09:30', 'America/New_York')).toBe('2024-07-01T09:30:00-04:00');
  });

  it('handles the hour after the DST switch', () => {
    expect(zonedLocalToIso('2024-03-31T03:30', 'Europe/Amsterdam')).toBe('2024-03-31T03:30:00+02:00');
  });

  it('refuses what it cannot read', () => {
    expect(zonedLocalToIso('', 'Europe/Amsterdam')).toBeNull();
    expect(zonedLocalToIso('2024-01-15T09:00', 'Mars/Base')).toBeNull();
  });

  it('shows a stored instant as wall-clock time in the zone, round trip', () => {
    expect(isoToZonedLocal('2024-01-15T08:00:00Z', 'Europe/Amsterdam')).toBe('2024-01-15T09:00');
    const local = isoToZonedLocal('2024-07-01T09:30:00+02:00', 'Europe/Amsterdam');
    expect(zonedLocalToIso(local, 'Europe/Amsterdam')).toBe('2024-07-01T09:30:00+02:00');
    expect(isoToZonedLocal('nonsense', 'UTC')).toBe('');
  });
});
