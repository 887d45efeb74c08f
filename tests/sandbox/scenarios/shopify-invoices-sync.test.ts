import { beforeEach, describe, expect, it } from 'vitest';
import type { AccountingDocument } from '../../../lib/model/accounting';
import { ImportDoctorDb, replaceDbForTests } from '../../../lib/storage/db';
import { connectedExact } from './exact-in-process';
import type { HostCall } from './host-fetch';
import { shopifyInvoicesSync } from './shopify-invoices-sync';
import type { Scenario } from './types';

/**
 * The product's Exact client against the sandbox host of shopify-invoices-sync (Facturen edition,
 * bulk date filter refused): its invoices of the window are exactly those the bulk read returns
 * where the filter is accepted, the refused call is made once, and a second run does not repeat it.
 */
const NOW = Date.parse('2025-06-30T13:37:00Z');

beforeEach(() => {
  replaceDbForTests(new ImportDoctorDb(`invoices-sync-${Math.random().toString(36).slice(2)}`));
});

async function connected(s: Scenario) {
  const { readWindow } = await connectedExact(s, NOW);
  return () => readWindow(30, 'sales-invoice');
}

/** The same world, in a division that does filter its bulk list by date. */
function accepting(s: Scenario): Scenario {
  return { ...s, exact: { ...s.exact, divisions: s.exact.divisions.map((d) => ({ ...d, refusesBulkDateFilter: false })) } };
}

const paths = (calls: HostCall[]) => calls.map((c) => c.url.pathname.replace(/^\/api\/v1\/\d+\//, ''));
const ids = (docs: AccountingDocument[]) => docs.map((d) => d.id).sort();

describe('shopify-invoices-sync: the invoices through the normal invoice list', () => {
  it('the connector books every imported order as an invoice, in a division that refuses the bulk date filter', () => {
    const s = shopifyInvoicesSync({ now: NOW });
    expect(s.connections.map((c) => c.profile.connector.edition)).toEqual(['facturen']);
    expect(s.exact.divisions.every((d) => d.refusesBulkDateFilter && d.salesOrders.length === 0 && d.salesInvoices.length > 100)).toBe(true);
    // Check 8 does not apply to Facturen: no order's truth may rest on it.
    expect(Object.values(s.reconciliation?.classes ?? {}).some((t) => t.class === 'missing' && t.checkId === 8)).toBe(false);
  });

  it('are the invoices the bulk read returns, field for field (the header totals included)', async () => {
    const bulk = await (await connected(accepting(shopifyInvoicesSync({ now: NOW }))))();
    const normal = await (await connected(shopifyInvoicesSync({ now: NOW })))();
    expect(bulk.pages.map((p) => p.feed)).toEqual(['bulk']);
    expect(normal.pages.length).toBeGreaterThan(1);
    expect(normal.pages.every((p) => p.feed === 'normal-fallback')).toBe(true);
    expect(bulk.documents.length).toBeGreaterThan(100);
    expect(ids(normal.documents)).toEqual(ids(bulk.documents));
    const byId = new Map(bulk.documents.map((d) => [d.id, d]));
    for (const doc of normal.documents) expect(doc).toEqual(byId.get(doc.id));
    expect(paths(normal.calls)).toEqual(['bulk/SalesInvoice/SalesInvoices', ...normal.pages.map(() => 'salesinvoice/SalesInvoices')]);
    expect(normal.calls[0]?.status).toBe(400);
  });

  it('a second run asks the normal list only: the refused call is not repeated', async () => {
    const readWindow = await connected(shopifyInvoicesSync({ now: NOW }));
    const first = await readWindow();
    const second = await readWindow();
    expect(ids(second.documents)).toEqual(ids(first.documents));
    expect(new Set(paths(second.calls))).toEqual(new Set(['salesinvoice/SalesInvoices']));
    console.info(`shopify-invoices-sync: first run ${first.calls.length} Exact calls (1 refused), later runs ${second.calls.length}`);
  });
});
