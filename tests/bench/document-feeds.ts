import 'fake-indexeddb/auto';
import { ImportDoctorDb, replaceDbForTests } from '../../lib/storage/db';
import { connectedExact, type WindowRead } from '../sandbox/scenarios/exact-in-process';
import { shopifyBulk } from '../sandbox/scenarios/shopify-bulk';
import { shopifyBulkSync } from '../sandbox/scenarios/shopify-bulk-sync';
import { shopifyInvoicesSync } from '../sandbox/scenarios/shopify-invoices-sync';
import type { Scenario } from '../sandbox/scenarios/types';
import { table } from './table';

/**
 * The reconciliation's documents phase on its own, in process (the product's Exact client against
 * the sandbox's Exact host, no browser): calls and rows for the bulk read, and for the sync
 * fallback where the bulk endpoint refuses the date filter — its first run (one refused call,
 * every row the division ever had), the next run (refusal remembered; it starts at the watermark
 * the rows' Modified gave), and a run 40 days on; for sales invoices (Facturen edition), the
 * normal invoice list with the same date filter (60 a page). Figures only.
 */
const DAY = 86_400_000;
const NOW = Date.parse('2025-06-30T13:37:00Z');

/** `count` sales orders of the past two years (before the window), as a real division holds. */
function withHistory(s: Scenario, count: number): Scenario {
  const division = s.exact.divisions[0];
  if (!division) return s;
  const oldest = NOW - 2 * 365 * DAY;
  const history = Array.from({ length: count }, (_, i) => {
    const at = new Date(oldest + Math.floor((i * (600 * DAY)) / count)).toISOString();
    return {
      OrderID: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`, OrderNumber: 100_000 + i, YourRef: `H${i}`, OrderDate: at,
      AmountDC: 25, OrderedByName: 'Klant', Status: 21, Created: at,
    };
  });
  division.salesOrders = [...history, ...division.salesOrders];
  return s;
}

interface Row {
  what: string;
  read: WindowRead;
}

function rowsOf(read: WindowRead): string[] {
  const refused = read.calls.filter((c) => c.status === 400).length;
  const rows = read.calls.reduce((sum, c) => sum + ((c.body as { d?: { results?: unknown[] } } | undefined)?.d?.results?.length ?? 0), 0);
  return [String(read.calls.length), String(refused), String(rows), String(read.documents.length), [...new Set(read.pages.map((p) => p.feed))].join(', ')];
}

/**
 * Sales invoices (Facturen edition): the bulk read, and the normal invoice list where the bulk
 * endpoint refuses the date filter. The normal list filters on the date, so older invoices cost
 * nothing; at 60 a page a larger window needs more than Exact's 60 calls a minute, which a real
 * run meets by pausing until the minute's reset and resuming from its cursor (lib/sync/run.ts);
 * this in-process read does not resume, so larger shops are left out.
 */
const INVOICE_BENCH_MAX = 1_000;

async function invoiceRows(orders: number, fresh: () => void): Promise<Row[]> {
  const refusing = shopifyInvoicesSync({ now: NOW, orders, seed: 1 });
  const accepting = { ...refusing, exact: { ...refusing.exact, divisions: refusing.exact.divisions.map((d) => ({ ...d, refusesBulkDateFilter: false })) } };
  fresh();
  const bulk = await (await connectedExact(accepting, NOW)).readWindow(30, 'sales-invoice');
  fresh();
  const normal = await connectedExact(refusing, NOW);
  const first = await normal.readWindow(30, 'sales-invoice');
  const next = await normal.readWindow(30, 'sales-invoice');
  return [
    { what: 'invoices: bulk, date filter', read: bulk },
    { what: 'invoices: normal list fallback, first run', read: first },
    { what: 'invoices: normal list fallback, next run', read: next },
  ];
}

async function measure(orders: number, history: number): Promise<Row[]> {
  const fresh = () => replaceDbForTests(new ImportDoctorDb(`bench-feeds-${Math.random().toString(36).slice(2)}`));
  fresh();
  const bulk = await (await connectedExact(withHistory(shopifyBulk({ now: NOW, orders, seed: 1, plan: 'plus' }), history), NOW)).readWindow();
  fresh();
  const sync = await connectedExact(withHistory(shopifyBulkSync({ now: NOW, orders, seed: 1 }), history), NOW);
  const first = await sync.readWindow();
  const next = await sync.readWindow();
  // Runs every 10 days (the refresh token lives 30): the fourth, 40 days on, has a watermark older than its window.
  let later = next;
  for (let i = 0; i < 4; i += 1) {
    sync.clock.now += 10 * DAY;
    later = await sync.readWindow();
  }
  return [
    { what: 'bulk, date filter', read: bulk },
    { what: 'sync fallback, first run', read: first },
    { what: 'sync fallback, next run', read: next },
    { what: 'sync fallback, 40 days on', read: later },
    ...(orders <= INVOICE_BENCH_MAX ? await invoiceRows(orders, fresh) : []),
  ];
}

export async function documentFeedsReport(): Promise<string> {
  const cases: [number, number][] = [
    [1_000, 20_000],
    [10_000, 20_000],
  ];
  const sections: string[] = [];
  for (const [orders, history] of cases) {
    const rows = await measure(orders, history);
    sections.push(
      `Shop of ${orders.toLocaleString('en')} orders; the Exact division also holds ${history.toLocaleString('en')} older sales orders\n` +
        table(
          ['documents read', 'Exact calls', 'refused', 'rows received', 'documents kept', 'feed'],
          rows.map((r) => [r.what, ...rowsOf(r.read)]),
          [1, 2, 3, 4],
        ),
    );
  }
  return (
    'Reconciliation: Exact documents, bulk read vs the fallbacks (sales orders: sync API; sales invoices:\n' +
    'the normal invoice list) (in process, no latency)\n' +
    '(40 days on the shop has no new orders: the rows are the changes since the watermark; the bulk\n' +
    'endpoint is asked again once a week, one refused call each time. Invoices are measured up to\n' +
    `${INVOICE_BENCH_MAX.toLocaleString('en')} orders: at 60 a page a larger window pauses at Exact's minute limit and resumes.)\n\n` +
    sections.join('\n\n')
  );
}
