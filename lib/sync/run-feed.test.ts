import { beforeEach, describe, expect, it } from 'vitest';
import type { AccountingClient, DocumentFeed } from '../accounting/types';
import { document, glAccounts, itemWarehouses, items, order, profile, vatCodes, warehouses } from '../checks/test-support/context-builder';
import type { Order } from '../model/order';
import type { ShopAdapter, ShopClient } from '../shops/types';
import { ImportDoctorDb, replaceDbForTests } from '../storage/db';
import { DEFAULT_SYNC_SETTINGS } from './model';
import { advanceRun, startRun, type SyncDeps } from './run';
import { readRun, readStatus } from './store';

/** The run keeps which list the documents came from (Exact's sync fallback), for the popup. */
const NOW = Date.parse('2024-05-12T10:00:00Z');
const PROFILE = profile();
const adapter = {
  platform: 'woocommerce',
  displayName: 'WooCommerce',
  keyIsConnectorKey: true,
  orderPageUrl: (_p: unknown, id: string) => `https://shop.example.nl/wp-admin/post.php?post=${id}&action=edit`,
  assessStatus: (o: Order, threshold: string) => ({ raw: o.status.raw, threshold, outcome: 'reached' as const }),
} as unknown as ShopAdapter;
const ORDER = order({ orderId: '2000', orderNumber: '2000' });

function depsFor(feeds: (DocumentFeed | undefined)[]): SyncDeps {
  const shop: ShopClient = {
    getOrder: async () => ORDER,
    probeCredentials: async () => undefined,
    listOrders: async () => ({ orders: [ORDER], next: null }),
  };
  const accounting: AccountingClient = {
    probe: async () => undefined,
    vatCodes: async () => vatCodes(),
    glAccounts: async () => glAccounts(),
    warehouses: async () => warehouses(),
    documentsByReference: async () => [],
    itemsByCodes: async () => items(),
    itemWarehouses: async () => itemWarehouses(),
    documentsSince: async (_type, _since, cursor) => {
      const at = cursor === null ? 0 : Number(cursor);
      const docs = at === 0 ? [document({ id: 'd0', yourRef: '2000', number: '50', createdAt: '2024-05-11T08:00:00Z' })] : [];
      return { documents: docs, next: at + 1 < feeds.length ? String(at + 1) : null, feed: feeds[at] };
    },
  };
  return { now: () => NOW, newRunId: () => 'run-1', settings: DEFAULT_SYNC_SETTINGS, clientsFor: async () => ({ adapter, shop, accounting }) };
}

beforeEach(() => {
  replaceDbForTests(new ImportDoctorDb(`test-${Math.random().toString(36).slice(2)}`));
});

describe('the documents phase names its feed', () => {
  it('a run whose documents came from the sync endpoint says so in the run and the status', async () => {
    const deps = depsFor(['sync', 'sync']);
    await startRun(PROFILE, deps);
    await advanceRun(PROFILE, deps);
    expect((await readRun(PROFILE.id))?.documentsFeed).toBe('sync');
    expect((await readStatus(PROFILE.id))?.documentsFeed).toBe('sync');
  });

  it('a run whose invoices came from the normal list (the bulk one refused the date filter) says so', async () => {
    const deps = depsFor(['normal-fallback', 'normal-fallback']);
    await startRun(PROFILE, deps);
    await advanceRun(PROFILE, deps);
    expect((await readRun(PROFILE.id))?.documentsFeed).toBe('normal-fallback');
    expect((await readStatus(PROFILE.id))?.documentsFeed).toBe('normal-fallback');
  });

  it('a client that does not name its feed leaves it empty', async () => {
    const deps = depsFor([undefined]);
    await startRun(PROFILE, deps);
    await advanceRun(PROFILE, deps);
    expect((await readStatus(PROFILE.id))?.documentsFeed).toBeNull();
  });
});
