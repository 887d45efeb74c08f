import type { AccountingClient } from '../../../lib/accounting/types';
import type { AccountingDocument } from '../../../lib/model/accounting';
import type { ShopAdapter, ShopClient } from '../../../lib/shops/types';
import type { HttpDeps } from '../../../lib/net/http';
import { ImportDoctorDb, replaceDbForTests } from '../../../lib/storage/db';
import { DEFAULT_SYNC_SETTINGS, type SyncOrder, type SyncRun } from '../../../lib/sync/model';
import { advanceRun, startRun } from '../../../lib/sync/run';
import { readOrders } from '../../../lib/sync/store';
import type { HostDefinition } from '../core/types';
import type { ExactDivision } from '../exact/world';
import { dayFormat } from './oracle';
import { divisionAccounting } from './build/woocommerce-engine';
import { hostFetch, type HostCall } from './host-fetch';
import type { Scenario } from './types';

/**
 * Test helper: the product's own reconciliation (lib/sync/run.ts: startRun, advanceRun, the
 * stored result) over a generated shop, in process. The shop side is the platform's REAL client
 * against the sandbox host (host-fetch.ts, on a fake clock that sleeps advance); a paused run is
 * resumed at its `pausedUntil`, as the worker's alarm would. Exact is read from the division's
 * records (its client and host are paged for real in shopify-bulk-paging.test.ts).
 */
export interface ReconcileResult {
  orders: SyncOrder[];
  run: SyncRun | null;
  calls: HostCall[];
  sleeps: number[];
  /** How often the run paused (rate limits), and for how long in all (ms). */
  pauses: { count: number; totalMs: number };
}

/** Exact's documents of the window from the division: OrderDate on or after the day of `since`. */
function withDocumentsSince(division: ExactDivision, timeZone: string): AccountingClient {
  return {
    ...divisionAccounting(division),
    documentsSince: (type, since) => {
      const firstDay = Date.parse(`${dayFormat(timeZone).format(new Date(since))}T00:00:00Z`);
      const documents: AccountingDocument[] =
        type !== 'sales-order'
          ? []
          : division.salesOrders
              .filter((o) => Date.parse(o.OrderDate) >= firstDay)
              .map((o) => ({
                type, id: o.OrderID, number: String(o.OrderNumber), yourRef: o.YourRef ?? '', date: o.OrderDate,
                amountDC: o.AmountDC, customerName: o.OrderedByName, createdAt: o.Created ?? null,
              }));
      return Promise.resolve({ documents, next: null });
    },
  };
}

export async function reconcileInProcess<C>(
  s: Scenario,
  start: number,
  hostsOn: (now: () => number) => HostDefinition[],
  adapter: ShopAdapter<C>,
  shopFor: (http: HttpDeps) => ShopClient,
): Promise<ReconcileResult> {
  replaceDbForTests(new ImportDoctorDb(`bulk-recon-${Math.random().toString(36).slice(2)}`));
  let clockNow = (): number => start;
  const io = hostFetch(hostsOn(() => clockNow()), start);
  clockNow = io.deps.now;
  const connection = s.connections[0];
  const division = s.exact.divisions[0];
  if (!connection || !division) throw new Error(`${s.name}: no connection or division`);
  const profile = connection.profile;
  const accounting = withDocumentsSince(division, profile.timeZone);
  const shop = shopFor(io.deps);
  let ids = 0;
  const deps = {
    now: io.deps.now,
    newRunId: () => `run-${++ids}`,
    settings: DEFAULT_SYNC_SETTINGS,
    clientsFor: () => Promise.resolve({ adapter: adapter as ShopAdapter, shop, accounting }),
  };
  const pauses = { count: 0, totalMs: 0 };
  await startRun(profile, deps);
  let run = await advanceRun(profile, deps);
  for (let wakes = 0; run !== null && run.phase !== 'done' && wakes < 1000; wakes += 1) {
    // Paused: the alarm wakes the worker at pausedUntil.
    if (run.pausedUntil === null) throw new Error(`${s.name}: the run stopped in phase ${run.phase} without a pause`);
    const until = Date.parse(run.pausedUntil);
    pauses.count += 1;
    pauses.totalMs += Math.max(0, until - io.clock.now);
    io.clock.now = Math.max(io.clock.now, until);
    run = await advanceRun(profile, deps);
  }
  return { orders: await readOrders(profile.id), run, calls: io.calls, sleeps: io.sleeps, pauses };
}
