import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor } from './badge';
import { SYNC_CLASSES, SyncStatusSchema, type SyncClass, type SyncStatus } from './model';

function status(connectionId: string, counts: Partial<Record<SyncClass, number>>, lastSuccessAt: string | null = '2026-03-02T10:00:00+01:00'): SyncStatus {
  return SyncStatusSchema.parse({
    connectionId,
    label: connectionId,
    platform: 'shopify',
    windowDays: 30,
    counts: { ...Object.fromEntries(SYNC_CLASSES.map((c) => [c, 0])), ...counts },
    lastSuccessAt,
    nextDueAt: null,
    shopOk: true,
    accountingOk: true,
  });
}

describe('badgeFor', () => {
  it('shows nothing without connections, and says nothing was checked yet', () => {
    expect(badgeFor([])).toEqual({ text: '', color: BADGE_COLORS.none, title: { key: 'popup.badge.idle' } });
  });

  it('shows nothing when every order is accounted for', () => {
    const badge = badgeFor([status('a', { imported: 12, waiting: 3, 'before-install': 4 }), status('b', { imported: 1 })]);
    expect(badge.text).toBe('');
    expect(badge.title).toEqual({ key: 'popup.badge.ok' });
  });

  it('a connection that never finished a run is not "all fine"', () => {
    expect(badgeFor([status('a', {}, null)]).title).toEqual({ key: 'popup.badge.idle' });
  });

  it('sums missing orders over connections, on red', () => {
    const badge = badgeFor([status('a', { missing: 2, imported: 9 }), status('b', { missing: 3 })]);
    expect(badge).toEqual({ text: '5', color: BADGE_COLORS.missing, title: { key: 'popup.badge.missing', params: { missing: 5 } } });
  });

  it('keeps the number for missing orders when some cannot be told, and names both in the title', () => {
    const badge = badgeFor([status('a', { missing: 1, 'cannot-tell': 4 }), status('b', { 'cannot-tell': 2 })]);
    expect(badge.text).toBe('1');
    expect(badge.color).toBe(BADGE_COLORS.missing);
    expect(badge.title).toEqual({ key: 'popup.badge.missing-unknown', params: { missing: 1, unknown: 6 } });
  });

  it('shows "?" on amber when only cannot-tell orders remain', () => {
    const badge = badgeFor([status('a', { 'cannot-tell': 3 }), status('b', { imported: 7 })]);
    expect(badge).toEqual({ text: '?', color: BADGE_COLORS.unknown, title: { key: 'popup.badge.unknown', params: { unknown: 3 } } });
  });

  it('caps the text at 999+', () => {
    expect(badgeFor([status('a', { missing: 999 })]).text).toBe('999');
    expect(badgeFor([status('a', { missing: 600 }), status('b', { missing: 400 })]).text).toBe('999+');
  });

  it('uses colours that keep white badge text readable (≥ 4.5:1)', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    for (const color of Object.values(BADGE_COLORS)) expect(1.05 / (luminance(color) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });
});
