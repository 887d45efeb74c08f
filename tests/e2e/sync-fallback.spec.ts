import type { Page } from '@playwright/test';
import { connectThroughOptions } from './connect';
import { openPopup, stored } from './extension-pages';
import { expect, test } from './fixtures';

/**
 * The reconciliation in an Exact division whose bulk endpoints refuse the date filter
 * ("Filtering on these fields is not supported: OrderDate"): it reads the documents through its
 * fallback by itself (sales orders: the sync API; sales invoices: the normal invoice list),
 * stores the ground truth's classes, says so in the popup, and does not ask the refusing endpoint
 * again on the next run (Exact blocks an app after 10 errors an hour).
 */
interface StoredOrder {
  orderId: string;
  class: string;
  checkId: number | null;
}
interface StoredRun {
  phase: string;
  runId: string;
  documentsFeed?: string | null;
}

async function runToEnd(popup: Page, previousRunId: string | null): Promise<StoredRun> {
  await popup.getByTestId('run-now').click();
  await expect
    .poll(async () => {
      const [run] = await stored<StoredRun>(popup, 'syncRuns');
      return run && run.runId !== previousRunId ? run.phase : null;
    }, { timeout: 120_000, intervals: [500] })
    .toBe('done');
  const [run] = await stored<StoredRun>(popup, 'syncRuns');
  return run!;
}

test.describe('reconciliation where Exact refuses the bulk date filter', () => {
  test.use({ scenarioName: 'shopify-bulk-sync' });

  test('reads the sync API instead, stores the ground truth, says so, and asks the refusing endpoint once', async ({ context, extensionId, sandbox }) => {
    test.setTimeout(240_000);
    await connectThroughOptions(context, extensionId, sandbox.scenario().connections[0]!);
    sandbox.clearRequests();
    const popup = await openPopup(context, extensionId);
    const first = await runToEnd(popup, null);
    expect(first.documentsFeed).toBe('sync');

    // Every order has the class (and, for missing, the check) of the ground truth.
    const classes = sandbox.scenario().reconciliation!.classes;
    const orders = await stored<StoredOrder>(popup, 'syncOrders');
    expect(orders.length, 'one record per order of the window').toBe(Object.keys(classes).length);
    const got = Object.fromEntries(orders.map((o) => [o.orderId, o.class === 'missing' ? `missing:${o.checkId}` : o.class]));
    const want = Object.fromEntries(Object.entries(classes).map(([id, t]) => [id, t.class === 'missing' ? `missing:${t.checkId ?? null}` : t.class]));
    expect(got).toEqual(want);
    const missing = Object.values(classes).filter((t) => t.class === 'missing').length;
    await expect(popup.getByTestId('count-missing')).toHaveText(String(missing));

    // The popup names the feed, in the browser's language.
    await expect(popup.getByTestId('documents-feed')).toBeVisible();
    await expect(popup.getByTestId('documents-feed')).toHaveAttribute('data-feed', 'sync');

    // One refused bulk call, then the sync endpoint from the first row on.
    const exact = () => sandbox.requests().filter((r) => r.host === 'start.exactonline.nl' && /\/(bulk|sync)\//i.test(r.path));
    const filterOf = (query: string) => new URLSearchParams(query).get('$filter');
    const bulk = exact().filter((r) => /\/bulk\/SalesOrder\/SalesOrders$/i.test(r.path));
    expect(bulk.map((r) => r.status)).toEqual([400]);
    const sync = exact().filter((r) => /\/sync\/SalesOrder\/SalesOrderHeaders$/i.test(r.path));
    expect(sync.map((r) => [r.status, filterOf(r.query)])).toEqual([[200, 'Timestamp gt 1L']]);

    // The next run remembers: no second refused call.
    sandbox.clearRequests();
    const second = await runToEnd(popup, first.runId);
    expect(second.documentsFeed).toBe('sync');
    expect(exact().map((r) => r.path.replace(/^\/api\/v1\/\d+\//, ''))).toEqual(['sync/SalesOrder/SalesOrderHeaders']);
    // …starting at a watermark the first run's rows gave, not at the first row ever.
    expect(filterOf(exact()[0]!.query)).toMatch(/^Timestamp gt \d{10,}L$/);
    // …and the result is the ground truth again.
    const again = await stored<StoredOrder>(popup, 'syncOrders');
    expect(Object.fromEntries(again.map((o) => [o.orderId, o.class === 'missing' ? `missing:${o.checkId}` : o.class]))).toEqual(want);
  });
});

/** Stored classes as the ground truth writes them: `missing:<check>` for missing orders. */
async function storedClasses(popup: Page): Promise<Record<string, string>> {
  const orders = await stored<StoredOrder>(popup, 'syncOrders');
  return Object.fromEntries(orders.map((o) => [o.orderId, o.class === 'missing' ? `missing:${o.checkId}` : o.class]));
}

test.describe('reconciliation of sales invoices where Exact refuses the bulk date filter', () => {
  test.use({ scenarioName: 'shopify-invoices-sync' });

  test('reads the normal invoice list instead, stores the ground truth, says so, and asks the refusing endpoint once', async ({ context, extensionId, sandbox }) => {
    test.setTimeout(240_000);
    await connectThroughOptions(context, extensionId, sandbox.scenario().connections[0]!);
    sandbox.clearRequests();
    const popup = await openPopup(context, extensionId);
    const first = await runToEnd(popup, null);
    expect(first.documentsFeed).toBe('normal-fallback');

    const classes = sandbox.scenario().reconciliation!.classes;
    const want = Object.fromEntries(Object.entries(classes).map(([id, t]) => [id, t.class === 'missing' ? `missing:${t.checkId ?? null}` : t.class]));
    const got = await storedClasses(popup);
    expect(Object.keys(got).length, 'one record per order of the window').toBe(Object.keys(classes).length);
    expect(got).toEqual(want);

    // The popup names the list it read.
    await expect(popup.getByTestId('documents-feed')).toBeVisible();
    await expect(popup.getByTestId('documents-feed')).toHaveAttribute('data-feed', 'normal-fallback');

    // One refused bulk call, then the normal invoice list with the same date filter, page by page.
    const exact = () => sandbox.requests().filter((r) => r.host === 'start.exactonline.nl');
    const filterOf = (query: string) => new URLSearchParams(query).get('$filter') ?? '';
    const bulk = () => exact().filter((r) => /\/bulk\/SalesInvoice\/SalesInvoices$/i.test(r.path));
    const dated = () => exact().filter((r) => /\/\d+\/salesinvoice\/SalesInvoices$/i.test(r.path) && /^InvoiceDate ge datetime'/.test(filterOf(r.query)));
    expect(bulk().map((r) => [r.status, filterOf(r.query)])).toEqual([[400, expect.stringMatching(/^InvoiceDate ge datetime'/)]]);
    expect(dated().length, 'the window spans several pages of 60').toBeGreaterThan(1);
    expect(dated().every((r) => r.status === 200)).toBe(true);
    expect(new Set(dated().map((r) => filterOf(r.query)))).toEqual(new Set([filterOf(bulk()[0]!.query)]));

    // The next run remembers: no second refused call, the normal list again, the ground truth again.
    sandbox.clearRequests();
    const second = await runToEnd(popup, first.runId);
    expect(second.documentsFeed).toBe('normal-fallback');
    expect(bulk()).toEqual([]);
    expect(dated().length).toBeGreaterThan(1);
    expect(await storedClasses(popup)).toEqual(want);
  });
});
