import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../core/sandbox-types';
import { BASE, bearer, connect, DIVISION, guid, startExactSandbox, testWorld } from './test-fixtures';
import type { ExactWorld } from './world';

/** The bulk endpoints as the reconciliation reads them: a date filter, $select with Created, 1000 a page. */
interface Collection {
  d: { results: Record<string, unknown>[]; __next?: string };
}

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

const DAY = 86_400_000;
const JAN1 = Date.UTC(2025, 0, 1);

/** 2,600 sales orders, 100 a day from 1 January, each created 7 minutes after midnight of its day. */
function datedWorld(): ExactWorld {
  const world = testWorld();
  const division = world.divisions[0];
  if (!division) throw new Error('no division');
  division.salesOrders = Array.from({ length: 2600 }, (_, i) => {
    const date = JAN1 + Math.floor(i / 100) * DAY;
    return {
      OrderID: guid(100_000 + i), OrderNumber: 10_000 + i, YourRef: String(1000 + i), OrderDate: new Date(date).toISOString(),
      AmountDC: 10, OrderedByName: 'Klant', Status: 12, Created: new Date(date + 7 * 60_000).toISOString(),
    };
  });
  return world;
}

async function start(world: ExactWorld) {
  const started = await startExactSandbox({ world });
  sandbox = started.sandbox;
  return { client: started.client, tokens: await connect(started.client) };
}

describe('Exact bulk endpoints for the paged document list', () => {
  it('filter on the order date with a datetime literal, $select with Created, 1000 a page, __next repeating the query', async () => {
    const { client, tokens } = await start(datedWorld());
    const filter = encodeURIComponent("OrderDate ge datetime'2025-01-11T00:00:00'");
    let url: string | undefined = `${BASE}/api/v1/${DIVISION}/bulk/SalesOrder/SalesOrders?$select=OrderID,YourRef,OrderDate,Created&$filter=${filter}`;
    const sizes: number[] = [];
    const refs = new Set<unknown>();
    while (url) {
      const response = await client.get(url, bearer(tokens));
      expect(response.status).toBe(200);
      const body: Collection = response.json<Collection>();
      sizes.push(body.d.results.length);
      for (const row of body.d.results) refs.add(row.YourRef);
      if (body.d.__next) {
        expect(body.d.__next.startsWith(`${BASE}/api/v1/${DIVISION}/bulk/SalesOrder/SalesOrders?`)).toBe(true);
        expect(new URL(body.d.__next).searchParams.get('$filter')).toBe("OrderDate ge datetime'2025-01-11T00:00:00'");
        expect(body.d.__next).toMatch(/\$skiptoken=guid'[0-9a-f-]{36}'$/);
      }
      url = body.d.__next;
    }
    // Days 11…26 of January: 16 days × 100.
    expect(sizes).toEqual([1000, 600]);
    expect(refs.size).toBe(1600);
    expect(refs.has('1999')).toBe(false);
    expect(refs.has('2000')).toBe(true);
  });

  it('renders Created from the world as /Date(ms)/, and defaults it to the document date', async () => {
    const world = datedWorld();
    const division = world.divisions[0];
    if (division) division.salesOrders = [...division.salesOrders.slice(0, 1), { ...division.salesOrders[1]!, Created: undefined }];
    const { client, tokens } = await start(world);
    const response = await client.get(`${BASE}/api/v1/${DIVISION}/bulk/SalesOrder/SalesOrders?$select=YourRef,OrderDate,Created`, bearer(tokens));
    const rows = response.json<Collection>().d.results;
    expect(rows.map((r) => [r.YourRef, r.OrderDate, r.Created])).toEqual([
      ['1000', `/Date(${JAN1})/`, `/Date(${JAN1 + 7 * 60_000})/`],
      ['1001', `/Date(${JAN1})/`, `/Date(${JAN1})/`],
    ]);
  });

  it('refuses a bulk query without $select, and a datetime literal it cannot read, in Exact’s error shape', async () => {
    const { client, tokens } = await start(datedWorld());
    const noSelect = await client.get(`${BASE}/api/v1/${DIVISION}/bulk/SalesOrder/SalesOrders?$filter=${encodeURIComponent("OrderDate ge datetime'2025-01-11T00:00:00'")}`, bearer(tokens));
    expect(noSelect.status).toBe(400);
    const badDate = await client.get(`${BASE}/api/v1/${DIVISION}/bulk/SalesOrder/SalesOrders?$select=OrderID&$filter=${encodeURIComponent("OrderDate ge datetime'11-01-2025'")}`, bearer(tokens));
    expect(badDate.status).toBe(400);
    expect(badDate.json<{ error: { message: { value: string } } }>().error.message.value).toMatch(/Edm.DateTime/);
  });

  it('serves sales invoices in bulk too, filtered on InvoiceDate', async () => {
    const world = testWorld();
    const division = world.divisions[0];
    if (division) {
      division.salesInvoices = [0, 5, 10].map((d, i) => ({
        InvoiceID: guid(200 + i), InvoiceNumber: 700 + i, YourRef: String(2000 + i), InvoiceDate: new Date(JAN1 + d * DAY).toISOString(),
        AmountDC: 5, InvoiceToName: 'Klant', Status: 50, Type: 8020, Created: new Date(JAN1 + d * DAY + 3600_000).toISOString(),
      }));
    }
    const { client, tokens } = await start(world);
    const filter = encodeURIComponent("InvoiceDate ge datetime'2025-01-06T00:00:00'");
    const response = await client.get(`${BASE}/api/v1/${DIVISION}/bulk/SalesInvoice/SalesInvoices?$select=YourRef,Created&$filter=${filter}`, bearer(tokens));
    expect(response.json<Collection>().d.results.map((r) => r.YourRef)).toEqual(['2001', '2002']);
  });
});
