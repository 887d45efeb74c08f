import type { Order } from '../model/order';
import { db } from '../storage/db';
import { FeedStateSchema, KeptOrderSchema, type FeedState, type KeptOrder } from './feed-model';
import type { SyncRun } from './model';
import { stageKey, writeRun } from './store';

/**
 * Reads and writes of the change-feed reading. Rows are parsed on the way out; one that no longer
 * fits is treated as absent (the order is then read again, the feed starts over with a day walk).
 */

export async function readFeedState(connectionId: string): Promise<FeedState | null> {
  const row = await db().syncFeed.get(connectionId);
  const parsed = row ? FeedStateSchema.safeParse(row.value) : null;
  return parsed?.success ? parsed.data : null;
}

/** The kept orders among `orderIds` (absent ones are not in the map). */
export async function keptOrders(connectionId: string, orderIds: readonly string[]): Promise<Map<string, KeptOrder>> {
  const rows = await db().syncKept.bulkGet(orderIds.map((id): [string, string] => [connectionId, id]));
  const kept = new Map<string, KeptOrder>();
  for (const row of rows) {
    const parsed = row ? KeptOrderSchema.safeParse(row.value) : null;
    if (parsed?.success) kept.set(parsed.data.order.orderId, parsed.data);
  }
  return kept;
}

/** The orders read from one page, and where the listing goes on, in one transaction. */
export async function keepPage(run: SyncRun, orders: readonly KeptOrder[]): Promise<void> {
  const d = db();
  await d.transaction('rw', d.syncKept, d.syncRuns, async () => {
    await d.syncKept.bulkPut(
      orders.map((kept) => ({ connectionId: kept.connectionId, orderId: kept.order.orderId, createdAt: kept.order.createdAt, value: KeptOrderSchema.parse(kept) })),
    );
    await writeRun(run);
  });
}

/**
 * The listing is done: orders older than the window are forgotten, every kept order of the window
 * is staged for classification, and the feed state moves on, all with the run in one transaction.
 */
export async function finishListing(run: SyncRun, state: FeedState): Promise<SyncRun> {
  const d = db();
  return d.transaction('rw', [d.syncKept, d.syncStage, d.syncRuns, d.syncFeed], async () => {
    const rows = await d.syncKept.where('connectionId').equals(run.connectionId).toArray();
    const since = Date.parse(run.since);
    const orders: Order[] = [];
    const stale: [string, string][] = [];
    for (const row of rows) {
      const parsed = KeptOrderSchema.safeParse(row.value);
      if (parsed.success && Date.parse(parsed.data.order.createdAt) >= since) orders.push(parsed.data.order);
      else stale.push([row.connectionId, row.orderId]);
    }
    await d.syncKept.bulkDelete(stale);
    await d.syncStage.bulkPut(orders.map((value) => ({ key: stageKey(run.connectionId, 'order', value.orderId), connectionId: run.connectionId, kind: 'order' as const, value })));
    await d.syncFeed.put({ connectionId: run.connectionId, value: FeedStateSchema.parse(state) });
    const next = { ...run, progress: { ...run.progress, orders: orders.length } };
    await writeRun(next);
    return next;
  });
}

/** The days of the window the last listing could not read (none for platforms without a change feed). */
export async function unreadDays(connectionId: string): Promise<FeedState['unread']> {
  return (await readFeedState(connectionId))?.unread ?? [];
}

