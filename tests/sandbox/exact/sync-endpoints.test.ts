import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../core/sandbox-types';
import { BASE, bearer, connect, DIVISION, guid, startExactSandbox, testWorld } from './test-fixtures';
import type { ExactWorld } from './world';

/** The bulk endpoints' filterable fields and the sync endpoint by Timestamp (sync-facts.ts). */
interface Collection {
  d: { results: Record<string, unknown>[]; __next?: string };
}
interface ErrorBody {
  error: { message: { value: string } };
}

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

const DAY = 86_400_000;
const JAN1 = Date.UTC(2025, 0, 1);
const BULK = `${BASE}/api/v1/${DIVISION}/bulk/SalesOrder/SalesOrders`;
const SYNC = `${BASE}/api/v1/${DIVISION}/sync/SalesOrder/SalesOrderHeaders`;
const q = (value: string) => encodeURIComponent(value);

/** `count` sales orders, 100 a day from 1 January, created in order. */
function world(count: number, refusesBulkDateFilter = false): ExactWorld {
  const w = testWorld();
  const division = w.divisions[0]!;
  division.refusesBulkDateFilter = refusesBulkDateFilter;
  division.salesOrders = Array.from({ length: count }, (_, i) => {
    const date = JAN1 + Math.floor(i / 100) * DAY;
    return {
      OrderID: guid(100_000 + i), OrderNumber: 10_000 + i, YourRef: String(1000 + i), OrderDate: new Date(date).toISOString(),
      AmountDC: 10, OrderedByName: 'Klant', Status: 12, Created: new Date(date + i * 1000).toISOString(),
    };
  });
  return w;
}

async function start(w: ExactWorld) {
  const started = await startExactSandbox({ world: w });
  sandbox = started.sandbox;
  return { client: started.client, tokens: await connect(started.client) };
}

describe('bulk endpoints filter on some fields only', () => {
  it('a division that refuses the date filter answers 400 "Filtering on these fields is not supported: OrderDate"', async () => {
    const { client, tokens } = await start(world(5, true));
    const refused = await client.get(`${BULK}?$select=OrderID&$filter=${q("OrderDate ge datetime'2025-01-01T00:00:00'")}`, bearer(tokens));
    expect(refused.status).toBe(400);
    expect(refused.json<ErrorBody>().error.message.value).toBe('Filtering on these fields is not supported: OrderDate');
    // The same division still lists without a filter, and filters on YourRef.
    expect((await client.get(`${BULK}?$select=OrderID`, bearer(tokens))).status).toBe(200);
    expect((await client.get(`${BULK}?$select=OrderID&$filter=${q("YourRef eq '1001'")}`, bearer(tokens))).json<Collection>().d.results).toHaveLength(1);
  });

  it('by default the date filter is allowed, a field outside the list is refused everywhere', async () => {
    const { client, tokens } = await start(world(5));
    expect((await client.get(`${BULK}?$select=OrderID&$filter=${q("OrderDate ge datetime'2025-01-01T00:00:00'")}`, bearer(tokens))).status).toBe(200);
    const refused = await client.get(`${BULK}?$select=OrderID&$filter=${q('AmountDC gt 5 and OrderedByName eq \'x\'')}`, bearer(tokens));
    expect(refused.status).toBe(400);
    expect(refused.json<ErrorBody>().error.message.value).toBe('Filtering on these fields is not supported: AmountDC, OrderedByName');
  });

  it('the normal endpoint is not a bulk endpoint: the date filter works there even in a refusing division', async () => {
    const { client, tokens } = await start(world(5, true));
    const url = `${BASE}/api/v1/${DIVISION}/salesorder/SalesOrders?$select=OrderID&$filter=${q("OrderDate ge datetime'2025-01-01T00:00:00'")}`;
    expect((await client.get(url, bearer(tokens))).status).toBe(200);
  });
});

describe('sync/SalesOrder/SalesOrderHeaders', () => {
  it('every row with its Timestamp (a string), in Timestamp order, 1000 a page, __next repeating the query', async () => {
    const { client, tokens } = await start(world(2500));
    let url: string | undefined = `${SYNC}?$select=Timestamp,OrderID,YourRef,OrderDate&$filter=${q('Timestamp gt 1L')}`;
    const sizes: number[] = [];
    const stamps: bigint[] = [];
    const refs = new Set<unknown>();
    while (url) {
      const response = await client.get(url, bearer(tokens));
      expect(response.status).toBe(200);
      const body: Collection = response.json<Collection>();
      sizes.push(body.d.results.length);
      for (const row of body.d.results) {
        expect(typeof row.Timestamp).toBe('string');
        stamps.push(BigInt(row.Timestamp as string));
        refs.add(row.YourRef);
      }
      if (body.d.__next) expect(new URL(body.d.__next).searchParams.get('$filter')).toBe('Timestamp gt 1L');
      url = body.d.__next;
    }
    expect(sizes).toEqual([1000, 1000, 500]);
    expect(refs.size).toBe(2500);
    expect(stamps.every((s, i) => i === 0 || s > stamps[i - 1]!)).toBe(true);
  });

  it('Timestamp gt n returns only the rows created after the one with n', async () => {
    const { client, tokens } = await start(world(10));
    const all = (await client.get(`${SYNC}?$select=Timestamp,YourRef`, bearer(tokens))).json<Collection>().d.results;
    const sixth = all[5]!.Timestamp as string;
    const later = (await client.get(`${SYNC}?$select=YourRef&$filter=${q(`Timestamp gt ${sixth}L`)}`, bearer(tokens))).json<Collection>().d.results;
    expect(later.map((r) => r.YourRef)).toEqual(['1006', '1007', '1008', '1009']);
  });

  it('wants $select, and filters on Timestamp only', async () => {
    const { client, tokens } = await start(world(3));
    expect((await client.get(`${SYNC}?$filter=${q('Timestamp gt 1L')}`, bearer(tokens))).status).toBe(400);
    const byDate = await client.get(`${SYNC}?$select=YourRef&$filter=${q("OrderDate ge datetime'2025-01-01T00:00:00'")}`, bearer(tokens));
    expect(byDate.status).toBe(400);
    expect(byDate.json<ErrorBody>().error.message.value).toBe('Filtering on these fields is not supported: OrderDate');
    const unknown = await client.get(`${SYNC}?$select=Nope`, bearer(tokens));
    expect(unknown.status).toBe(400);
  });

  it('is a GET-only, division-scoped endpoint like the others: another division’s rows are refused', async () => {
    const { client, tokens } = await start(world(3));
    const other = await client.get(`${BASE}/api/v1/999/sync/SalesOrder/SalesOrderHeaders?$select=YourRef`, bearer(tokens));
    expect(other.status).toBe(403);
    const unknownSync = await client.get(`${BASE}/api/v1/${DIVISION}/sync/SalesOrder/Nothing?$select=YourRef`, bearer(tokens));
    expect(unknownSync.status).toBe(404);
  });
});
