import { ApiError } from '../net/errors';
import type { FailureKind } from '../model/fetched';
import type { ChangeFeed, ChangeQuery, ShopClient } from '../shops/types';
import type { FeedCursor, KeptOrder } from './feed-model';
import { minutesSince, planListing } from './feed-plan';
import { finishListing, keepPage, keptOrders, readFeedState } from './feed-store';
import type { SyncRun } from './model';

/**
 * The orders phase for a shop with a change feed (ShopClient.changeFeed): one page of changes per
 * step, then the details of the orders in the window that are new or changed since they were kept.
 * Each page is stored with the cursor (day and page reached), so a stopped worker resumes there.
 * When the listing is done every kept order of the window is staged for classification, so an
 * order that has left the shop's list stays counted.
 */

/** Answers that make one day unreadable (said in the popup); any other failure pauses or ends the run. */
const DAY_UNREADABLE = new Set<FailureKind>(['malformed', 'not-found', 'not-visible']);

export type FeedShop = ShopClient & { changeFeed: ChangeFeed };

export const hasChangeFeed = (shop: ShopClient): shop is FeedShop => shop.changeFeed !== undefined;

export async function feedStep(run: SyncRun, shop: FeedShop, now: number): Promise<SyncRun> {
  const feed = shop.changeFeed;
  const cursor = run.feed ?? planListing({ now, since: run.since, previous: await readFeedState(run.connectionId), feed });
  const query = queryAt(cursor, now, feed.maxRecentMinutes);
  if (query === null) return finish(run, cursor);

  let page;
  try {
    page = await feed.list(query, cursor.page);
  } catch (error) {
    if (query.kind !== 'day' || !(error instanceof ApiError) || !DAY_UNREADABLE.has(error.failure.kind)) throw error;
    const skipped: FeedCursor = { ...cursor, index: cursor.index + 1, page: null, unread: [...cursor.unread, { day: query.day, reason: 'error' }] };
    const next = { ...run, feed: skipped };
    await keepPage(next, []);
    return next;
  }

  const since = Date.parse(run.since);
  const inWindow = new Map(page.changes.filter((c) => Date.parse(c.placedAt) >= since).map((c) => [c.orderId, c]));
  const kept = await keptOrders(run.connectionId, [...inWindow.keys()]);
  // Unchanged since it was read: its details are the same, only the books can change its class.
  const toRead = [...inWindow.values()].filter((c) => {
    const known = kept.get(c.orderId);
    return known === undefined || Date.parse(c.changedAt) > Date.parse(known.changedAt);
  });
  const read = await mapLimited(toRead, feed.detailConcurrency, async (change): Promise<KeptOrder | null> => {
    try {
      return { connectionId: run.connectionId, order: await shop.getOrder(change.orderId), changedAt: change.changedAt };
    } catch (error) {
      // Gone between the list and its detail read: left out, not a failed page.
      if (error instanceof ApiError && error.failure.kind === 'not-found' && error.failure.httpStatus === 404) return null;
      throw error;
    }
  });
  const orders = read.filter((order): order is KeptOrder => order !== null);
  const asked: FeedCursor = query.kind === 'recent' ? { ...cursor, minutes: query.minutes } : cursor;
  const moved: FeedCursor = page.next !== null ? { ...asked, page: page.next } : { ...asked, index: asked.index + 1, page: null };
  const next: SyncRun = { ...run, feed: moved, progress: { ...run.progress, orders: run.progress.orders + orders.length } };
  await keepPage(next, orders);
  return next;
}

/**
 * What the cursor asks next; null when the listing is done. The recent minutes are counted when
 * asked: a pause between the plan and the call widens them (up to the platform's longest).
 */
function queryAt(cursor: FeedCursor, now: number, maxMinutes: number): ChangeQuery | null {
  if (cursor.mode === 'recent') {
    if (cursor.index > 0 || cursor.minutes === null) return null;
    // Later pages of the same query keep the minutes their first page was asked with.
    const due = cursor.changesSince === null || cursor.page !== null ? cursor.minutes : Math.max(cursor.minutes, minutesSince(cursor.changesSince, now));
    return { kind: 'recent', minutes: Math.min(due, maxMinutes) };
  }
  const day = cursor.days[cursor.index];
  return day === undefined ? null : { kind: 'day', day };
}

function finish(run: SyncRun, cursor: FeedCursor): Promise<SyncRun> {
  const done: SyncRun = { ...run, feed: cursor, phase: 'documents', cursor: null };
  return finishListing(done, { connectionId: run.connectionId, listedFrom: cursor.listedFrom, coveredFrom: cursor.coveredFrom, unread: cursor.unread });
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order; the first failure wins. */
async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
