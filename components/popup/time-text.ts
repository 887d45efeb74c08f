import type { Lang } from '../../lib/i18n/translate';

/**
 * Times as a merchant reads them in the popup: "5 minutes ago", "in 10 minutes", "at 14:05",
 * "tomorrow at 01:00". Pure: the clock and the time zone come in (the browser's zone by default).
 */

/** Renders a catalog key (the popup's `t`). */
export type Say = (key: string, params?: Record<string, string | number>) => string;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const locale = (lang: Lang) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

/** "5 minutes ago" / "5 minuten geleden", "in 10 minutes" / "over 10 minuten"; under a minute: "just now" / "in a moment". */
export function relativeText(at: number, now: number, lang: Lang, t: Say): string {
  const diff = at - now;
  const abs = Math.abs(diff);
  if (abs < MINUTE) return t(diff <= 0 ? 'popup.ago.just-now' : 'popup.when.soon');
  const format = new Intl.RelativeTimeFormat(locale(lang), { numeric: 'auto' });
  const sign = diff < 0 ? -1 : 1;
  if (abs < HOUR) return format.format(sign * Math.round(abs / MINUTE), 'minute');
  if (abs < DAY) return format.format(sign * Math.round(abs / HOUR), 'hour');
  return format.format(sign * Math.round(abs / DAY), 'day');
}

/** The calendar day of an instant in a zone, as YYYY-MM-DD. */
function dayOf(at: number, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function clockTime(at: number, lang: Lang, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale(lang), { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}

/** "2 Mar" / "2 mrt": an order's date in the list. */
export function shortDate(at: number, lang: Lang, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale(lang), { timeZone, day: 'numeric', month: 'short' }).format(at);
}

/** A moment ahead, for "Continues {when}": "at 14:05", "tomorrow at 01:00", "on Thu 5 Mar at 01:00". */
export function whenText(at: number, now: number, lang: Lang, t: Say, timeZone?: string): string {
  if (at - now < MINUTE) return t('popup.when.soon');
  const time = clockTime(at, lang, timeZone);
  const day = dayOf(at, timeZone);
  if (day === dayOf(now, timeZone)) return t('popup.when.today', { time });
  // The next calendar day: a day after now can fall on a different date across DST; compare dates.
  if (day === dayOf(now + DAY, timeZone) || day === dayOf(now + DAY - HOUR, timeZone)) return t('popup.when.tomorrow', { time });
  const date = new Intl.DateTimeFormat(locale(lang), { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(at);
  return t('popup.when.later', { date, time });
}

export function formatCount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang)).format(value);
}
