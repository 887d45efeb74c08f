import { z } from 'zod';
import { InstantSchema, OrderSchema } from '../model/order';

/**
 * Records of the change-feed reading (ShopClient.changeFeed, lib/shops/types.ts): where a run's
 * listing is, what was seen across runs, and which days could not be read. Parsed on every read.
 */

export const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A day of the window the shop could not be read for: older than it serves, or it answered an error. */
export const UnreadDaySchema = z.object({
  day: DaySchema,
  reason: z.enum(['too-old', 'error']),
});
export type UnreadDay = z.infer<typeof UnreadDaySchema>;

/** A run's listing, stored on the run (SyncRun.feed), so a stopped worker resumes at the day and page reached. */
export const FeedCursorSchema = z.object({
  /** The moment the listing began: the next run asks for changes since then. */
  listedFrom: InstantSchema,
  /** The first day walked so far for this connection: a longer window walks the days before it. */
  coveredFrom: DaySchema,
  /** `days`: the days to walk, in order, and the index reached; `recent`: the minutes asked. */
  mode: z.enum(['days', 'recent']),
  days: z.array(DaySchema).max(400),
  index: z.number().int().nonnegative(),
  minutes: z.number().int().positive().nullable(),
  /** `recent`: the previous listing's start; the minutes are counted from it when asked (a pause may lie between). */
  changesSince: InstantSchema.nullable(),
  /** The page cursor within the current day (or the recent query). */
  page: z.string().max(200).nullable(),
  /** Days this run could not read (too old, or an error). */
  unread: z.array(UnreadDaySchema).max(400),
});
export type FeedCursor = z.infer<typeof FeedCursorSchema>;

/** Per connection: when its listing last completed, and the days of the window left unread. Key: connectionId. */
export const FeedStateSchema = z.object({
  connectionId: z.string(),
  listedFrom: InstantSchema,
  coveredFrom: DaySchema,
  unread: z.array(UnreadDaySchema).max(400),
});
export type FeedState = z.infer<typeof FeedStateSchema>;

/** An order seen in the window, kept across runs (an order that left the shop's list stays counted). Key: [connectionId, orderId]. */
export const KeptOrderSchema = z.object({
  connectionId: z.string(),
  order: OrderSchema,
  /** The latest change the shop listed when it was read: unchanged since, it is not read again. */
  changedAt: InstantSchema,
});
export type KeptOrder = z.infer<typeof KeptOrderSchema>;
