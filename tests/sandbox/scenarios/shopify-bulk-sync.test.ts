import { beforeEach, describe, expect, it } from 'vitest';
import type { AccountingDocument } from '../../../lib/model/accounting';
import { ImportDoctorDb, replaceDbForTests } from '../../../lib/storage/db';
import { connectedExact } from './exact-in-process';
import type { HostCall } from './host-fetch';
import { shopifyBulk } from './shopify-bulk';
import { shopifyBulkSync } from './shopify-bulk-sync';
import type { Scenario } from './types';

/**
 * The product's Exact client against the sandbox host of shopify-bulk-sync (bulk date filter
 * refused): its documents of the window are exactly those shopify-bulk's bulk read returns, the
 * refused call is made once, and a second run does not make it again.
 */
const NOW = Date.parse('2025-06-30T13:37:00Z');

beforeEach(() => {
  replaceDbForTests(new ImportDoctorDb(`bulk-sync-${Math.random().toString(36).slice(2)}`));
});

async function connected(s: Scenario) {
  return (await connectedExact(s, NOW)).readWindow;
}

const paths = (calls: HostCall[]) => calls.map((c) => c.url.pathname.replace(/^\/api\/v1\/\d+\//, ''));
const ids = (docs: AccountingDocument[]) => docs.map((d) => d.id).sort();

describe('shopify-bulk-sync: the documents through the sync endpoint', () => {
  it('are the documents the bulk read returns in shopify-bulk, field for field', async () => {
    const bulk = await (await connected(shopifyBulk({ now: NOW, plan: 'plus' })))();
    const sync = await (await connected(shopifyBulkSync({ now: NOW })))();
    expect(bulk.pages.map((p) => p.feed)).toEqual(['bulk']);
    expect(sync.pages.every((p) => p.feed === 'sync')).toBe(true);
    expect(bulk.documents.length).toBeGreaterThan(100);
    expect(ids(sync.documents)).toEqual(ids(bulk.documents));
    const byId = new Map(bulk.documents.map((d) => [d.id, d]));
    for (const doc of sync.documents) expect(doc).toEqual(byId.get(doc.id));
    expect(paths(sync.calls)).toEqual(['bulk/SalesOrder/SalesOrders', 'sync/SalesOrder/SalesOrderHeaders']);
    expect(sync.calls[0]?.status).toBe(400);
  });

  it('a second run asks the sync endpoint only: the refused call is not repeated', async () => {
    const readWindow = await connected(shopifyBulkSync({ now: NOW }));
    const first = await readWindow();
    const second = await readWindow();
    expect(ids(second.documents)).toEqual(ids(first.documents));
    expect(paths(second.calls)).toEqual(['sync/SalesOrder/SalesOrderHeaders']);
    console.info(`shopify-bulk-sync: first run ${first.calls.length} Exact calls (1 refused), later runs ${second.calls.length}`);
  });
});
