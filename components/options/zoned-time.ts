/**
 * The installation moment is typed as a wall-clock time in the administration's time zone (what
 * the connector's control panel shows) and stored as an ISO instant with that zone's offset.
 * `<input type="datetime-local">` gives `YYYY-MM-DDTHH:mm[:ss]`.
 */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function partsIn(instant: number, timeZone: string): number[] {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const get = (type: string) => Number(format.formatToParts(new Date(instant)).find((part) => part.type === type)?.value);
  return ['year', 'month', 'day', 'hour', 'minute', 'second'].map(get);
}

/** The zone's offset from UTC at an instant, in ms (Amsterdam in winter: +3 600 000). */
function offsetAt(instant: number, timeZone: string): number {
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = partsIn(instant, timeZone);
  return Date.UTC(y, mo - 1, d, h, mi, s) - (instant - (((instant % 1000) + 1000) % 1000));
}

const pad = (value: number) => String(value).padStart(2, '0');

function formatOffset(offsetMs: number): string {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  return `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `2024-01-15T09:00` in Europe/Amsterdam → `2024-01-15T09:00:00+01:00`; null when unreadable. */
export function zonedLocalToIso(local: string, timeZone: string): string | null {
  const match = LOCAL.exec(local.trim());
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  try {
    // Two passes settle the offset across a DST change.
    let instant = wall - offsetAt(wall, timeZone);
    instant = wall - offsetAt(instant, timeZone);
    const offset = offsetAt(instant, timeZone);
    return `${new Date(instant + offset).toISOString().slice(0, 19)}${formatOffset(offset)}`;
  } catch {
    return null;
  }
}

/** An ISO instant as the wall-clock time in the zone, for the datetime-local input ('' if unreadable). */
export function isoToZonedLocal(iso: string, timeZone: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return '';
  try {
    const [y = 0, mo = 1, d = 1, h = 0, mi = 0] = partsIn(instant, timeZone);
    return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
  } catch {
    return '';
  }
}
