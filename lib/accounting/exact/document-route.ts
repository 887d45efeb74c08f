import { z } from 'zod';
import type { DocumentType } from '../../model/accounting';
import { InstantSchema } from '../../model/order';
import { db } from '../../storage/db';
import { RETRY_BULK_AFTER_MS } from './document-feeds';

/**
 * Per division and document type: whether the bulk endpoint refused the date filter (then the
 * reconciliation reads the sync endpoint by Timestamp) and, for the sync endpoint, watermarks.
 * Stored in Dexie so that a refused bulk filter costs one failed call a week, not one a run
 * (Exact blocks an app after 10 errors an hour on an endpoint), and a stopped worker keeps it.
 *
 * A watermark {at, timestamp} says: every row created or changed after `at` has a Timestamp
 * above `timestamp` (Timestamps only grow; document-feeds.ts). A run whose window starts after
 * `at` can read from `timestamp` on instead of from the first row ever. Two sources: the end of
 * a read (at: then, timestamp: the highest read), and every row read (at: its Modified plus
 * MODIFIED_MARGIN_MS, timestamp: its own), so the second run can already start near its window.
 */

const TimestampTextSchema = z.string().regex(/^\d{1,19}$/);

const WatermarkSchema = z.object({ at: InstantSchema, timestamp: TimestampTextSchema });
export type Watermark = z.infer<typeof WatermarkSchema>;

const RouteSchema = z.object({
  /** When the bulk filter was refused; the bulk endpoint is tried again RETRY_BULK_AFTER_MS later. */
  refusedAt: InstantSchema.nullable(),
  watermarks: z.array(WatermarkSchema).max(200),
});
export type DocumentRoute = z.infer<typeof RouteSchema>;

/** Watermarks kept: one per half day covers the longest window (60 days) and a margin. */
const MAX_WATERMARKS = 130;
const WATERMARK_SPACING_MS = 12 * 3_600_000;

const BULK: DocumentRoute = { refusedAt: null, watermarks: [] };

export function routeKey(host: string, division: number, type: DocumentType): string {
  return `exact:documents:${host}:${division}:${type}`;
}

/** The stored route; an absent or unreadable one is the bulk endpoint. */
export async function readRoute(key: string): Promise<DocumentRoute> {
  const row = await db().kv.get(key);
  const parsed = RouteSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : BULK;
}

async function writeRoute(key: string, route: DocumentRoute): Promise<void> {
  await db().kv.put({ key, value: RouteSchema.parse(route) });
}

/** Whether a new read should keep off the bulk endpoint: it refused the date filter less than RETRY_BULK_AFTER_MS ago. */
export function bulkRefused(route: DocumentRoute, now: number): boolean {
  return route.refusedAt !== null && now - Date.parse(route.refusedAt) < RETRY_BULK_AFTER_MS;
}

export async function rememberRefusal(key: string, now: number): Promise<void> {
  const route = await readRoute(key);
  await writeRoute(key, { ...route, refusedAt: new Date(now).toISOString() });
}

/** The bulk endpoint answered a filtered read: forget an old refusal (watermarks are kept). */
export async function rememberBulk(key: string): Promise<void> {
  const route = await readRoute(key);
  if (route.refusedAt === null) return;
  await writeRoute(key, { ...route, refusedAt: null });
}

/**
 * Where a sync read for a window starting at `since` begins: the highest watermark taken at or
 * before `since` (a later one could hide a document created between `since` and its `at`).
 */
export function startTimestamp(route: DocumentRoute, since: number, fallback: string): string {
  let best: Watermark | null = null;
  for (const mark of route.watermarks) {
    if (Date.parse(mark.at) > since) continue;
    if (best === null || BigInt(mark.timestamp) > BigInt(best.timestamp)) best = mark;
  }
  return best?.timestamp ?? fallback;
}

/**
 * Adds watermarks: per WATERMARK_SPACING_MS slot the one with the highest Timestamp (each is true
 * on its own), the newest MAX_WATERMARKS slots kept.
 */
export async function addWatermarks(key: string, marks: readonly Watermark[]): Promise<void> {
  if (marks.length === 0) return;
  const route = await readRoute(key);
  const slots = new Map<number, Watermark>();
  for (const mark of [...route.watermarks, ...marks]) {
    const slot = Math.floor(Date.parse(mark.at) / WATERMARK_SPACING_MS);
    const held = slots.get(slot);
    if (!held || BigInt(mark.timestamp) > BigInt(held.timestamp)) slots.set(slot, mark);
  }
  const watermarks = [...slots.entries()].sort(([a], [b]) => a - b).slice(-MAX_WATERMARKS).map(([, mark]) => mark);
  if (JSON.stringify(watermarks) !== JSON.stringify(route.watermarks)) await writeRoute(key, { ...route, watermarks });
}
