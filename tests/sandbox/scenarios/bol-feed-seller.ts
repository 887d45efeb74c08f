import { bolAdapter } from '../../../lib/shops/bol';
import { createBolClient } from '../../../lib/shops/bol/client';
import { createBolTokenCache, memoryTokenStore } from '../../../lib/shops/bol/token';
import type { ShopAdapter } from '../../../lib/shops/types';
import { ImportDoctorDb, replaceDbForTests } from '../../../lib/storage/db';
import { DEFAULT_SYNC_SETTINGS, type SyncRun } from '../../../lib/sync/model';
import { advanceRun, startRun, type SyncDeps } from '../../../lib/sync/run';
import { createBolHosts } from '../bol/hosts';
import { divisionAccounting } from './build/woocommerce-engine';
import { hostFetch, type HostCall } from './host-fetch';
import type { Scenario } from './types';

/**
 * Test and bench helper: one generated bol.com seller reconciled by the product's own lib/sync
 * with the real Bol.com client against the sandbox's bol.com hosts, in process, on a fake clock
 * (sleeps advance it; a paused run is woken at its `pausedUntil`, as the worker's alarm would),
 * with its own database, so runs follow each other as they would in the worker. Exact is read
 * from the division's records (its client is paged for real in shopify-bulk-paging.test.ts).
 */
export interface SellerRun {
  run: SyncRun | null;
  calls: HostCall[];
  /** How often the run paused (bol's list limit), and the fake-clock time it took. */
  pauses: number;
  elapsedMs: number;
}

export function bolSeller(s: Scenario, start: number) {
  replaceDbForTests(new ImportDoctorDb(`bol-seller-${Math.random().toString(36).slice(2)}`));
  let clockNow = (): number => start;
  const io = hostFetch(createBolHosts(s.bol ?? { accounts: [] }, { now: () => clockNow() }).hosts, start);
  clockNow = io.deps.now;
  const connection = s.connections[0];
  const division = s.exact.divisions[0];
  if (!connection || connection.shopCredentials.platform !== 'bol' || !division) throw new Error(`${s.name}: no Bol.com connection with a division`);
  const { clientId, clientSecret } = connection.shopCredentials;
  const shop = createBolClient(connection.profile, { clientId, clientSecret }, io.deps, { tokens: createBolTokenCache({ store: memoryTokenStore() }) });
  const accounting = {
    ...divisionAccounting(division),
    documentsSince: () =>
      Promise.resolve({
        documents: division.salesOrders.map((o) => ({
          type: 'sales-order' as const, id: o.OrderID, number: String(o.OrderNumber), yourRef: o.YourRef ?? '', date: o.OrderDate,
          amountDC: o.AmountDC, customerName: o.OrderedByName, createdAt: o.Created ?? null,
        })),
        next: null,
      }),
  };
  let ids = 0;
  const deps: SyncDeps = {
    now: io.deps.now,
    newRunId: () => `run-${++ids}`,
    settings: DEFAULT_SYNC_SETTINGS,
    clientsFor: () => Promise.resolve({ adapter: bolAdapter as ShopAdapter, shop, accounting }),
  };
  const profile = connection.profile;
  return {
    io,
    profile,
    /** One whole run, woken after every pause; the calls it made. */
    async run(): Promise<SellerRun> {
      const from = io.calls.length;
      const began = io.clock.now;
      let pauses = 0;
      await startRun(profile, deps);
      let run = await advanceRun(profile, deps);
      while (run !== null && run.phase !== 'done' && pauses < 1000) {
        if (run.pausedUntil === null) throw new Error(`${s.name}: the run stopped in ${run.phase} without a pause`);
        pauses += 1;
        io.clock.now = Math.max(io.clock.now, Date.parse(run.pausedUntil));
        run = await advanceRun(profile, deps);
      }
      return { run, calls: io.calls.slice(from), pauses, elapsedMs: io.clock.now - began };
    },
  };
}

export const isBolList = (c: HostCall): boolean => c.host === 'api.bol.com' && c.url.pathname === '/retailer/orders';
export const isBolDetail = (c: HostCall): boolean => c.host === 'api.bol.com' && c.url.pathname.startsWith('/retailer/orders/');
export const isBolToken = (c: HostCall): boolean => c.host === 'login.bol.com';
