import { msg, type Message } from '../i18n/message';
import type { SyncStatus } from './model';

/**
 * The toolbar badge, from the stored per-connection statuses. Pure: the background renders it
 * with browser.action (setBadgeText, setBadgeBackgroundColor, setTitle with translate(title)).
 *
 * - Missing orders (summed over connections): their number, on red. Above 999: "999+".
 * - No missing orders but some the reconciliation could not judge: "?" on amber. A question mark,
 *   not their count, so a number on the badge always means "missing" — the two stay apart even
 *   for someone who cannot tell red from amber. The title (tooltip) gives the count.
 * - Neither: no badge ('').
 * Badge colours keep ≥ 4.5:1 against the white badge text.
 */
export const BADGE_COLORS = {
  missing: '#B91C1C', // red-700
  unknown: '#B45309', // amber-700
  none: '#475569', // slate-600 (not shown: the text is empty)
} as const;

export const BADGE_MAX = 999;

export interface Badge {
  text: string;
  color: string;
  title: Message;
}

const countOf = (status: SyncStatus, key: 'missing' | 'cannot-tell'): number => {
  const value = status.counts[key];
  return Number.isFinite(value) && value > 0 ? value : 0;
};

export function badgeFor(statuses: readonly SyncStatus[]): Badge {
  const missing = statuses.reduce((sum, status) => sum + countOf(status, 'missing'), 0);
  const unknown = statuses.reduce((sum, status) => sum + countOf(status, 'cannot-tell'), 0);
  if (missing > 0) {
    const text = missing > BADGE_MAX ? `${BADGE_MAX}+` : String(missing);
    const title = unknown > 0 ? msg('popup.badge.missing-unknown', { missing, unknown }) : msg('popup.badge.missing', { missing });
    return { text, color: BADGE_COLORS.missing, title };
  }
  if (unknown > 0) return { text: '?', color: BADGE_COLORS.unknown, title: msg('popup.badge.unknown', { unknown }) };
  const checked = statuses.some((status) => status.lastSuccessAt !== null);
  return { text: '', color: BADGE_COLORS.none, title: checked ? msg('popup.badge.ok') : msg('popup.badge.idle') };
}
