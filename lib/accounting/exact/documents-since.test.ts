import { beforeEach, describe, expect, it } from 'vitest';
import type { AccountingDocument, DocumentType } from '../../model/accounting';
import { ApiError } from '../../net/errors';
import { db } from '../../storage/db';
import type { AccountingClient } from '../types';
import { budgetKey } from './rate-limit';
import { FAKE_DIVISION, FAKE_HOST, createFakeExact, records, type FakeExact } from './test-support/fake-exact';
import { clientFor, connectFake, exactProfile, freshDb } from './test-support/setup';

let fake: FakeExact;

beforeEach(async () => {
  freshDb();
  fake = createFakeExact();
  await connectFake(fake);
});

type ListPage = { documents: AccountingDocument[]; next: string | null };

/** The optional method, insisted on: the Exact client must have it. */
function lister(client: AccountingClient): (type: DocumentType, since: string, cursor: string | null) => Promise<ListPage> {
  const list = client.documentsSince;
  if (!list) throw new Error('the Exact client must list documents');
  return list.bind(client);
}

async function failureOf(promise: Promise<unknown>) {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return (error as ApiError).failure;
}

const BULK_ORDERS = `https://${FAKE_HOST}/api/v1/${FAKE_DIVISION}/bulk/SalesOrder/SalesOrders`;
const day = (n: number): string => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString();

/** `count` sales orders, one a day from 1 January (YourRef 1001…), created five minutes after midnight. */
function salesOrders(count: number, firstDay = 0) {
  return Array.from({ length: count }, (_, i) =>
    records.salesOrder(String(1001 + i), 5001 + i, day(firstDay + (i % 60)), 10 + i, new Date(Date.parse(day(firstDay + (i % 60))) + 300_000).toISOString()),
  );
}

async function readAll(list: ReturnType<typeof lister>, type: DocumentType, since: string): Promise<{ documents: AccountingDocument[]; calls: number }> {
  const documents: AccountingDocument[] = [];
  let cursor: string | null = null;
  let calls = 0;
  do {
    const page: ListPage = await list(type, since, cursor);
    documents.push(...page.documents);
    cursor = page.next;
    calls += 1;
  } while (cursor !== null && calls < 100);
  return { documents, calls };
}

describe('documentsSince: the request', () => {
  it('asks the bulk endpoint with $select (plus Created) and a datetime filter on the document date', async () => {
    fake.data['salesorder/SalesOrders'] = salesOrders(3);
    // 23:30 UTC on 31 December is already 1 January in Amsterdam, the administration's zone.
    await lister(clientFor(fake))('sales-order', '2024-12-31T23:30:00Z', null);
    const [request] = fake.apiRequests();
    expect(`${request?.url.origin}${request?.url.pathname}`).toBe(BULK_ORDERS);
    expect(request?.url.searchParams.get('$select')).toBe('OrderID,OrderNumber,YourRef,OrderDate,AmountDC,OrderedByName,Created');
    expect(request?.url.searchParams.get('$filter')).toBe("OrderDate ge datetime'2025-01-01T00:00:00'");
    expect(request?.url.search).toContain('$filter=OrderDate%20ge%20datetime%272025-01-01T00%3A00%3A00%27');
    expect(request?.headers.get('authorization')).toBe('Bearer access-1');
    expect(fake.violations).toEqual([]);
  });

  it.each([
    ['sales-invoice', '/bulk/SalesInvoice/SalesInvoices', "InvoiceDate ge datetime'2025-01-10T00:00:00'"],
    ['sales-entry', '/salesentry/SalesEntries', "EntryDate ge datetime'2025-01-10T00:00:00'"],
  ] as const)('%s: %s filtered on its own date', async (type, path, filter) => {
    await lister(clientFor(fake))(type, '2025-01-10T08:00:00Z', null);
    const [request] = fake.apiRequests();
    expect(request?.url.pathname).toBe(`/api/v1/${FAKE_DIVISION}${path}`);
    expect(request?.url.searchParams.get('$filter')).toBe(filter);
    expect(request?.url.searchParams.get('$select')?.split(',').at(-1)).toBe('Created');
  });

  it('maps each record with createdAt from Created (null stays null)', async () => {
    fake.data['salesorder/SalesOrders'] = [
      records.salesOrder('1001', 5001, '2025-01-05T00:00:00Z', 60.45, '2025-01-05T10:20:00Z'),
      records.salesOrder('1002', 5002, '2025-01-06T00:00:00Z', 12.5, null),
    ];
    const { documents, next } = await lister(clientFor(fake))('sales-order', '2025-01-01T00:00:00Z', null);
    expect(next).toBeNull();
    expect(documents).toEqual([
      { type: 'sales-order', id: 'so-5001', number: '5001', yourRef: '1001', date: '2025-01-05T00:00:00.000Z', amountDC: 60.45, customerName: 'Jan Jansen', createdAt: '2025-01-05T10:20:00.000Z' },
      { type: 'sales-order', id: 'so-5002', number: '5002', yourRef: '1002', date: '2025-01-06T00:00:00.000Z', amountDC: 12.5, customerName: 'Jan Jansen', createdAt: null },
    ]);
  });

  it('documentsByReference still leaves createdAt out (it does not ask for Created)', async () => {
    fake.data['salesorder/SalesOrders'] = [records.salesOrder('1001', 5001, '2025-01-05T00:00:00Z', 60.45)];
    const [doc] = await clientFor(fake).documentsByReference('sales-order', '1001');
    expect(doc).toBeDefined();
    expect(doc && 'createdAt' in doc).toBe(false);
  });
});

describe('documentsSince: paging', () => {
  it('pages at 1000 with __next as the cursor: 2,500 documents in 3 calls, only those in the window', async () => {
    const inWindow = Array.from({ length: 2500 }, (_, i) => records.salesOrder(String(1001 + i), 5001 + i, day(10 + (i % 20)), 10));
    const older = Array.from({ length: 300 }, (_, i) => records.salesOrder(String(9001 + i), 9001 + i, day(i % 9), 10));
    fake.data['salesorder/SalesOrders'] = [...older, ...inWindow];
    const list = lister(clientFor(fake));
    const { documents, calls } = await readAll(list, 'sales-order', day(10));
    expect(calls).toBe(3);
    expect(documents).toHaveLength(2500);
    expect(new Set(documents.map((d) => d.id)).size).toBe(2500);
    expect(fake.apiRequests().map((r) => r.url.searchParams.get('$skiptoken'))).toEqual([null, '1000', '2000']);
    // The cursor repeats the query: every page keeps $select and $filter.
    for (const r of fake.apiRequests()) expect(r.url.searchParams.get('$filter')).toBe("OrderDate ge datetime'2025-01-11T00:00:00'");
  });

  it('sales entries page at 60 on the normal endpoint', async () => {
    fake.data['salesentry/SalesEntries'] = Array.from({ length: 130 }, (_, i) => records.salesEntry(String(i), 7000 + i, day(20), 5));
    const { documents, calls } = await readAll(lister(clientFor(fake)), 'sales-entry', day(20));
    expect(documents).toHaveLength(130);
    expect(calls).toBe(3);
  });

  it('a stored cursor resumes with a fresh client (after a worker restart)', async () => {
    fake.data['salesorder/SalesOrders'] = salesOrders(1500);
    const first = await lister(clientFor(fake))('sales-order', day(0), null);
    expect(first.documents).toHaveLength(1000);
    const stored = JSON.parse(JSON.stringify(first.next)) as string;
    const second = await lister(clientFor(fake))('sales-order', day(0), stored);
    expect(second.documents).toHaveLength(500);
    expect(second.next).toBeNull();
    expect(fake.apiRequests()[1]?.url.href).toBe(stored);
  });

  it('a malformed record makes the page malformed', async () => {
    fake.data['salesorder/SalesOrders'] = [{ ...records.salesOrder('1', 1, day(3), 1), Created: 'yesterday' }];
    expect(await failureOf(lister(clientFor(fake))('sales-order', day(0), null))).toMatchObject({
      kind: 'malformed',
      side: 'accounting',
      call: 'Exact GET bulk/SalesOrder/SalesOrders',
    });
  });
});

describe('documentsSince: cursors are data from the network', () => {
  const elsewhere = [
    ['another host', `https://evil.example/api/v1/${FAKE_DIVISION}/bulk/SalesOrder/SalesOrders?$skiptoken=1`],
    ['a look-alike host', `https://${FAKE_HOST}.evil.example/api/v1/${FAKE_DIVISION}/bulk/SalesOrder/SalesOrders?$skiptoken=1`],
    ['plain http', `http://${FAKE_HOST}/api/v1/${FAKE_DIVISION}/bulk/SalesOrder/SalesOrders?$skiptoken=1`],
    ['credentials in the URL', `https://user:pw@${FAKE_HOST}/api/v1/${FAKE_DIVISION}/bulk/SalesOrder/SalesOrders?$skiptoken=1`],
    ['another resource', `https://${FAKE_HOST}/api/v1/${FAKE_DIVISION}/bulk/CRM/Accounts?$select=Code`],
    ['another division', `https://${FAKE_HOST}/api/v1/999/bulk/SalesOrder/SalesOrders?$skiptoken=1`],
    ['not a URL', 'skiptoken=1000'],
    ['far too long', `${BULK_ORDERS}?$skiptoken=${'1'.repeat(6000)}`],
  ];

  it.each(elsewhere)('a stored cursor to %s is refused without a request', async (_label, cursor) => {
    const failure = await failureOf(lister(clientFor(fake))('sales-order', day(0), cursor));
    expect(failure).toMatchObject({ kind: 'malformed', call: 'Exact GET bulk/SalesOrder/SalesOrders' });
    expect(fake.requests).toHaveLength(0);
  });

  it.each(elsewhere.slice(0, 6))('a __next to %s in an answer is refused', async (_label, next) => {
    fake.intercept = (request) =>
      request.route === 'bulk/SalesOrder/SalesOrders' ? new Response(JSON.stringify({ d: { results: [], __next: next } }), { status: 200 }) : undefined;
    expect((await failureOf(lister(clientFor(fake))('sales-order', day(0), null))).kind).toBe('malformed');
    expect(fake.violations).toEqual([]);
  });

  it('a __next that repeats the page just read is refused (no loop)', async () => {
    const self = `${BULK_ORDERS}?$select=OrderID&$skiptoken=5`;
    fake.intercept = (request) =>
      request.route === 'bulk/SalesOrder/SalesOrders' ? new Response(JSON.stringify({ d: { results: [], __next: self } }), { status: 200 }) : undefined;
    expect((await failureOf(lister(clientFor(fake))('sales-order', day(0), self))).kind).toBe('malformed');
  });

  it('refuses a since that is not an instant, without a request', async () => {
    expect((await failureOf(lister(clientFor(fake))('sales-order', 'last month', null))).kind).toBe('malformed');
    expect(fake.requests).toHaveLength(0);
  });

  it('says not-connected without a division', async () => {
    const failure = await failureOf(lister(clientFor(fake, exactProfile(null)))('sales-order', day(0), null));
    expect(failure).toMatchObject({ kind: 'not-connected' });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('documentsSince: Exact’s limits', () => {
  const key = budgetKey(FAKE_HOST, FAKE_DIVISION);
  const storeMinute = (remaining: number, resetAt: number) =>
    db().kv.put({ key, value: { daily: null, minutely: { limit: 60, remaining, resetAt }, observedAt: fake.clock.now } });

  it('the minute used up (as last seen) and its reset near: waits for it, then calls', async () => {
    await storeMinute(0, fake.clock.now + 3_000);
    const startedAt = fake.clock.now;
    await lister(clientFor(fake))('sales-order', day(0), null);
    expect(fake.sleeps).toEqual([3_000]);
    expect(fake.apiRequests()[0]?.at).toBe(startedAt + 3_000);
  });

  it('the minute used up and its reset far: rate-limited with retryAt, without a request', async () => {
    const resetAt = fake.clock.now + 40_000;
    await storeMinute(0, resetAt);
    const failure = await failureOf(lister(clientFor(fake))('sales-order', day(0), null));
    expect(failure).toMatchObject({ kind: 'rate-limited', httpStatus: null, retryAt: new Date(resetAt).toISOString() });
    expect(fake.requests).toHaveLength(0);
  });

  it('calls left this minute, or a reset already past: no wait', async () => {
    await storeMinute(5, fake.clock.now + 40_000);
    await lister(clientFor(fake))('sales-order', day(0), null);
    await storeMinute(0, fake.clock.now - 1);
    await lister(clientFor(fake))('sales-order', day(0), null);
    expect(fake.sleeps).toEqual([]);
    expect(fake.apiRequests()).toHaveLength(2);
  });

  it('a 429 for the minute beyond the in-worker wait: rate-limited with retryAt at the reset', async () => {
    fake.rate.minutelyRemaining = 0;
    fake.rate.minutelyReset = fake.clock.now + 45_000;
    const failure = await failureOf(lister(clientFor(fake))('sales-order', day(0), null));
    expect(failure).toMatchObject({ kind: 'rate-limited', httpStatus: 429, retryAt: new Date(fake.rate.minutelyReset).toISOString() });
  });

  it('the day used up: fails fast without a request', async () => {
    fake.rate.dailyRemaining = 1;
    const list = lister(clientFor(fake));
    fake.data['salesorder/SalesOrders'] = salesOrders(1500);
    const first = await list('sales-order', day(0), null);
    const before = fake.requests.length;
    const failure = await failureOf(list('sales-order', day(0), first.next));
    expect(failure).toMatchObject({ kind: 'rate-limited', httpStatus: null, retryAt: new Date(fake.rate.dailyReset).toISOString() });
    expect(fake.requests.length).toBe(before);
  });

  it('counts one call per 1000 documents: a 10,000-order month costs 10 calls', async () => {
    fake.data['salesorder/SalesOrders'] = Array.from({ length: 10_000 }, (_, i) => records.salesOrder(String(i), i + 1, day(1 + (i % 30)), 10));
    const { documents, calls } = await readAll(lister(clientFor(fake)), 'sales-order', day(1));
    expect(documents).toHaveLength(10_000);
    expect(calls).toBe(10);
  });
});
