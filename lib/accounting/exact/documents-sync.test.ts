import { beforeEach, describe, expect, it } from 'vitest';
import type { AccountingDocument } from '../../model/accounting';
import { ApiError } from '../../net/errors';
import { db } from '../../storage/db';
import type { AccountingClient, DocumentPage } from '../types';
import { RETRY_BULK_AFTER_MS } from './document-feeds';
import { STOP_AT } from './error-budget';
import { readRoute, routeKey } from './document-route';
import { FAKE_DIVISION, FAKE_HOST, START_MS, createFakeExact, exactDate, records, type ExactRecord, type FakeExact, type FakeRequest } from './test-support/fake-exact';
import { clientFor, connectFake, freshDb } from './test-support/setup';

/**
 * The sync fallback of the reconciliation's document list: a bulk endpoint that refuses the date
 * filter is asked once, remembered, and the documents are read from the sync endpoint by Timestamp.
 * The fake plays the refusal and the sync endpoint through `intercept`.
 */

let fake: FakeExact;
const BULK = 'bulk/SalesOrder/SalesOrders';
const SYNC = 'sync/SalesOrder/SalesOrderHeaders';
const REFUSAL = 'Filtering on these fields is not supported: OrderDate';
const DAY = 86_400_000;
const day = (n: number): string => new Date(Date.UTC(2025, 0, 1) + n * DAY).toISOString();

/** Sync rows: a sales order record plus its Timestamp (Int64 as a JSON string). */
let syncRows: ExactRecord[] = [];
let syncPageSize = 1000;
let refuse = true;

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function playSync(request: FakeRequest): Response | undefined {
  if (request.route === BULK && refuse && request.url.searchParams.has('$filter')) {
    return answer(400, { error: { code: '', message: { lang: '', value: REFUSAL } } });
  }
  if (request.route !== SYNC) return undefined;
  const filter = /^Timestamp gt (\d+)L$/.exec(request.url.searchParams.get('$filter') ?? '');
  if (!filter?.[1]) return answer(400, { error: { code: '', message: { lang: '', value: 'bad filter' } } });
  const after = BigInt(filter[1]);
  const rows = syncRows.filter((row) => BigInt(String(row.Timestamp)) > after).sort((a, b) => (BigInt(String(a.Timestamp)) < BigInt(String(b.Timestamp)) ? -1 : 1));
  const page = rows.slice(0, syncPageSize);
  const last = page[page.length - 1];
  const next = rows.length > page.length && last ? new URL(request.url.href) : null;
  next?.searchParams.set('$filter', `Timestamp gt ${String(last?.Timestamp)}L`);
  return answer(200, { d: { results: page, ...(next ? { __next: next.href } : {}) } });
}

function syncOrder(n: number, dateDay: number, timestamp: number): ExactRecord {
  return { ...records.salesOrder(String(1000 + n), 5000 + n, day(dateDay), 10 + n), Timestamp: String(timestamp) };
}

function lister(client: AccountingClient) {
  const list = client.documentsSince;
  if (!list) throw new Error('the Exact client must list documents');
  return list.bind(client);
}

async function readAll(client: AccountingClient, since: string): Promise<{ documents: AccountingDocument[]; pages: DocumentPage[] }> {
  const pages: DocumentPage[] = [];
  let cursor: string | null = null;
  do {
    const page: DocumentPage = await lister(client)('sales-order', since, cursor);
    pages.push(page);
    cursor = page.next;
  } while (cursor !== null && pages.length < 50);
  return { documents: pages.flatMap((p) => p.documents), pages };
}

const routesAsked = () => fake.apiRequests().map((r) => r.route);
const key = routeKey(FAKE_HOST, FAKE_DIVISION, 'sales-order');

beforeEach(async () => {
  freshDb();
  fake = createFakeExact();
  await connectFake(fake);
  syncRows = [];
  syncPageSize = 1000;
  refuse = true;
  fake.intercept = playSync;
});

describe('documentsSince: a bulk endpoint that refuses the date filter', () => {
  it('falls back to the sync endpoint at once, reads every row by Timestamp, keeps those in the window, and says so', async () => {
    syncRows = [syncOrder(1, 2, 101), syncOrder(2, 20, 102), syncOrder(3, 21, 350), syncOrder(4, 25, 120)];
    const { documents, pages } = await readAll(clientFor(fake), day(20));
    expect(documents.map((d) => d.yourRef).sort()).toEqual(['1002', '1003', '1004']);
    expect(pages.every((p) => p.feed === 'sync')).toBe(true);
    expect(routesAsked()).toEqual([BULK, SYNC]);
    const [, sync] = fake.apiRequests();
    expect(sync?.url.searchParams.get('$filter')).toBe('Timestamp gt 1L');
    expect(sync?.url.searchParams.get('$select')).toBe('Timestamp,OrderID,OrderNumber,YourRef,OrderDate,AmountDC,OrderedByName,Created,Modified');
    expect(fake.violations).toEqual([]);
  });

  it('remembers the refusal: the next run does not ask the bulk endpoint again (Exact counts every error)', async () => {
    syncRows = [syncOrder(1, 20, 101)];
    await readAll(clientFor(fake), day(20));
    fake.advance(15 * 60_000);
    await readAll(clientFor(fake), day(20));
    expect(routesAsked()).toEqual([BULK, SYNC, SYNC]);
    expect((await readRoute(key)).refusedAt).toBe(new Date(START_MS).toISOString());
  });

  it('asks the bulk endpoint again a week later, and goes back to it when it filters', async () => {
    syncRows = [syncOrder(1, 20, 101)];
    await readAll(clientFor(fake), day(20));
    fake.advance(RETRY_BULK_AFTER_MS);
    refuse = false;
    fake.data['salesorder/SalesOrders'] = [records.salesOrder('1001', 5001, day(20), 11)];
    const { pages } = await readAll(clientFor(fake), day(20));
    expect(pages.map((p) => p.feed)).toEqual(['bulk']);
    expect(routesAsked()).toEqual([BULK, SYNC, BULK]);
    expect((await readRoute(key)).refusedAt).toBeNull();
  });

  it('pages the sync endpoint by __next; a stored cursor resumes on the sync endpoint with a fresh client', async () => {
    syncPageSize = 2;
    syncRows = Array.from({ length: 5 }, (_, i) => syncOrder(i, 20, 200 + i));
    const first = await lister(clientFor(fake))('sales-order', day(20), null);
    expect(first.documents).toHaveLength(2);
    const stored = JSON.parse(JSON.stringify(first.next)) as string;
    expect(new URL(stored).pathname).toBe(`/api/v1/${FAKE_DIVISION}/${SYNC}`);
    const rest: DocumentPage[] = [];
    let cursor: string | null = stored;
    while (cursor !== null) {
      const page: DocumentPage = await lister(clientFor(fake))('sales-order', day(20), cursor);
      rest.push(page);
      cursor = page.next;
    }
    expect([...first.documents, ...rest.flatMap((p) => p.documents)].map((d) => d.yourRef)).toEqual(['1000', '1001', '1002', '1003', '1004']);
    expect(routesAsked()).toEqual([BULK, SYNC, SYNC, SYNC]);
  });

  it('starts a later run at a watermark older than its window instead of the first row ever', async () => {
    syncRows = [syncOrder(1, 0, 100), syncOrder(2, 1, 150)];
    await readAll(clientFor(fake), day(0));
    // 40 days on: the watermark of the first run (Timestamp 150) predates the 30-day window.
    fake.advance(40 * DAY);
    syncRows.push(syncOrder(3, 39, 400));
    const { documents } = await readAll(clientFor(fake), new Date(fake.clock.now - 30 * DAY).toISOString());
    expect(documents.map((d) => d.yourRef)).toEqual(['1003']);
    expect(fake.apiRequests().at(-1)?.url.searchParams.get('$filter')).toBe('Timestamp gt 150L');
  });

  it('the next run already starts near its window: each row read says when its Timestamp was given (Modified)', async () => {
    // Orders of 1 January … 14 January, modified when made, Timestamps in that order.
    syncRows = Array.from({ length: 14 }, (_, i) => ({ ...syncOrder(i, i, 100 + i), Modified: exactDate(day(i)) }));
    await readAll(clientFor(fake), day(0));
    // A window from 10 January: rows modified on 8 January or before (two days' margin) cannot be in it.
    const { documents } = await readAll(clientFor(fake), day(10));
    expect(documents.map((d) => d.yourRef)).toEqual(['1010', '1011', '1012', '1013']);
    expect(fake.apiRequests().at(-1)?.url.searchParams.get('$filter')).toBe('Timestamp gt 108L');
  });

  it('never starts after a watermark taken inside the window (it could hide a document)', async () => {
    syncRows = [syncOrder(1, 14, 100)];
    await readAll(clientFor(fake), day(0));
    fake.advance(DAY);
    const { documents } = await readAll(clientFor(fake), new Date(fake.clock.now - 30 * DAY).toISOString());
    expect(documents.map((d) => d.yourRef)).toEqual(['1001']);
    expect(fake.apiRequests().at(-1)?.url.searchParams.get('$filter')).toBe('Timestamp gt 1L');
  });

  it('another 400 is not a refusal: it fails as before, and nothing is remembered', async () => {
    fake.intercept = (request) =>
      request.route === BULK ? answer(400, { error: { code: '', message: { lang: '', value: 'Something else is wrong' } } }) : undefined;
    const error: unknown = await lister(clientFor(fake))('sales-order', day(20), null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).failure).toMatchObject({ kind: 'malformed', httpStatus: 400 });
    expect(routesAsked()).toEqual([BULK]);
    expect(await db().kv.get(key)).toBeUndefined();
  });

  it('a sync row without a readable Timestamp makes the page malformed, never a silent gap', async () => {
    fake.intercept = (request) => {
      if (request.route === BULK) return answer(400, { error: { code: '', message: { lang: '', value: REFUSAL } } });
      return request.route === SYNC ? answer(200, { d: { results: [{ ...syncOrder(1, 20, 101), Timestamp: 'soon' }] } }) : undefined;
    };
    const error: unknown = await lister(clientFor(fake))('sales-order', day(20), null).catch((e: unknown) => e);
    expect((error as ApiError).failure).toMatchObject({ kind: 'malformed', call: `Exact GET ${SYNC}` });
  });

});

describe('documentsSince: sales invoices whose bulk endpoint refuses the date filter', () => {
  const BULK_INVOICES = 'bulk/SalesInvoice/SalesInvoices';
  const NORMAL_INVOICES = 'salesinvoice/SalesInvoices';
  const invoiceKey = routeKey(FAKE_HOST, FAKE_DIVISION, 'sales-invoice');
  let refuseInvoices = true;

  beforeEach(() => {
    refuseInvoices = true;
    // Only the bulk endpoint refuses; the normal one is the fake's own (60 a page, date filter).
    fake.intercept = (request) =>
      request.route === BULK_INVOICES && refuseInvoices ? answer(400, { error: { code: '', message: { lang: '', value: 'Filtering on these fields is not supported: InvoiceDate' } } }) : undefined;
  });

  async function readInvoices(client: AccountingClient, since: string): Promise<DocumentPage[]> {
    const pages: DocumentPage[] = [];
    let cursor: string | null = null;
    do {
      const page: DocumentPage = await lister(client)('sales-invoice', since, cursor);
      pages.push(page);
      cursor = page.next;
    } while (cursor !== null && pages.length < 50);
    return pages;
  }

  it('reads the normal invoice list with the same filter and fields, 60 a page, and says so', async () => {
    const inWindow = Array.from({ length: 130 }, (_, i) => records.salesInvoice(String(2000 + i), 9000 + i, day(20 + (i % 5)), 10 + i / 100));
    fake.data[NORMAL_INVOICES] = [records.salesInvoice('1999', 8999, day(19), 12), ...inWindow];
    const pages = await readInvoices(clientFor(fake), day(20));
    const documents = pages.flatMap((p) => p.documents);
    expect(documents.map((d) => d.yourRef)).toEqual(inWindow.map((r) => r.YourRef));
    // The header total as Exact states it, not a sum of lines.
    expect(documents.map((d) => d.amountDC)).toEqual(inWindow.map((r) => r.AmountDC));
    expect(pages.map((p) => p.feed)).toEqual(['normal-fallback', 'normal-fallback', 'normal-fallback']);
    expect(routesAsked()).toEqual([BULK_INVOICES, NORMAL_INVOICES, NORMAL_INVOICES, NORMAL_INVOICES]);
    const [bulk, normal] = fake.apiRequests();
    expect(normal?.url.searchParams.get('$filter')).toBe(bulk?.url.searchParams.get('$filter'));
    expect(normal?.url.searchParams.get('$filter')).toBe("InvoiceDate ge datetime'2025-01-21T00:00:00'");
    expect(normal?.url.searchParams.get('$select')).toBe('InvoiceID,InvoiceNumber,YourRef,InvoiceDate,AmountDC,InvoiceToName,Created');
    expect(fake.violations).toEqual([]);
  });

  it('remembers the refusal: the next run reads the normal list only, a week later the bulk endpoint again', async () => {
    fake.data[NORMAL_INVOICES] = [records.salesInvoice('2001', 9001, day(20), 11)];
    await readInvoices(clientFor(fake), day(20));
    fake.advance(15 * 60_000);
    const again = await readInvoices(clientFor(fake), day(20));
    expect(again.map((p) => p.feed)).toEqual(['normal-fallback']);
    expect(routesAsked()).toEqual([BULK_INVOICES, NORMAL_INVOICES, NORMAL_INVOICES]);
    expect((await readRoute(invoiceKey)).refusedAt).toBe(new Date(START_MS).toISOString());
    fake.advance(RETRY_BULK_AFTER_MS);
    refuseInvoices = false;
    const later = await readInvoices(clientFor(fake), day(20));
    expect(later.map((p) => p.feed)).toEqual(['bulk']);
    expect(routesAsked().at(-1)).toBe(BULK_INVOICES);
    expect((await readRoute(invoiceKey)).refusedAt).toBeNull();
  });

  it('a stored cursor of the normal list resumes there with a fresh client, not on the bulk endpoint', async () => {
    fake.data[NORMAL_INVOICES] = Array.from({ length: 70 }, (_, i) => records.salesInvoice(String(3000 + i), 9500 + i, day(20), 20));
    const first = await lister(clientFor(fake))('sales-invoice', day(20), null);
    expect(first.next).not.toBeNull();
    const second = await lister(clientFor(fake))('sales-invoice', day(20), first.next);
    expect(second.feed).toBe('normal-fallback');
    expect(first.documents.length + second.documents.length).toBe(70);
    expect(routesAsked()).toEqual([BULK_INVOICES, NORMAL_INVOICES, NORMAL_INVOICES]);
  });

  it('a bulk cursor stays on the bulk endpoint (its path ends in the path of the normal list)', async () => {
    refuseInvoices = false;
    fake.data[NORMAL_INVOICES] = Array.from({ length: 1200 }, (_, i) => records.salesInvoice(String(4000 + i), 9600 + i, day(20), 20));
    const first = await lister(clientFor(fake))('sales-invoice', day(20), null);
    const second = await lister(clientFor(fake))('sales-invoice', day(20), first.next);
    expect([first.feed, second.feed]).toEqual(['bulk', 'bulk']);
    expect(routesAsked()).toEqual([BULK_INVOICES, BULK_INVOICES]);
  });

  it(`a normal list refused run after run stops being asked after ${STOP_AT} errors in the hour (the error budget)`, async () => {
    fake.intercept = (request) =>
      request.route === BULK_INVOICES
        ? answer(400, { error: { code: '', message: { lang: '', value: 'Filtering on these fields is not supported: InvoiceDate' } } })
        : request.route === NORMAL_INVOICES
          ? answer(400, { error: { code: '', message: { lang: '', value: 'This endpoint has mandatory filtering applied.' } } })
          : undefined;
    const failureOfRun = async () => ((await lister(clientFor(fake))('sales-invoice', day(20), null).catch((e: unknown) => e)) as ApiError).failure;
    for (let i = 0; i < STOP_AT; i += 1) {
      expect((await failureOfRun()).httpStatus).toBe(400);
      fake.advance(5 * 60_000);
    }
    expect(routesAsked().filter((r) => r === NORMAL_INVOICES)).toHaveLength(STOP_AT);
    expect(await failureOfRun()).toMatchObject({ kind: 'error-budget', call: `Exact GET ${NORMAL_INVOICES}`, httpStatus: null });
    // The refused bulk endpoint was asked once: the refusal is remembered.
    expect(routesAsked().filter((r) => r === BULK_INVOICES)).toHaveLength(1);
    expect(routesAsked().filter((r) => r === NORMAL_INVOICES)).toHaveLength(STOP_AT);
  });

  it('a refusal of the normal list too (mandatory filtering) fails plainly, never an empty pass', async () => {
    fake.intercept = (request) =>
      request.route === BULK_INVOICES
        ? answer(400, { error: { code: '', message: { lang: '', value: 'Filtering on these fields is not supported: InvoiceDate' } } })
        : request.route === NORMAL_INVOICES
          ? answer(400, { error: { code: '', message: { lang: '', value: 'This endpoint has mandatory filtering applied.' } } })
          : undefined;
    const error: unknown = await lister(clientFor(fake))('sales-invoice', day(20), null).catch((e: unknown) => e);
    expect((error as ApiError).failure).toMatchObject({ kind: 'malformed', httpStatus: 400, call: `Exact GET ${NORMAL_INVOICES}` });
  });
});
