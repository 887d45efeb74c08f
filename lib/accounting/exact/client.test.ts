import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../net/errors';
import { db } from '../../storage/db';
import { readTokens } from './tokens';
import { FAKE_DIVISION, FAKE_HOST, createFakeExact, records, type FakeExact } from './test-support/fake-exact';
import { CONNECTION_ID, clientFor, connectFake, exactProfile, freshDb } from './test-support/setup';
import { budgetKey, readBudget } from './rate-limit';

let fake: FakeExact;

beforeEach(async () => {
  freshDb();
  fake = createFakeExact();
  await connectFake(fake);
});

async function failureOf(promise: Promise<unknown>) {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return (error as ApiError).failure;
}

describe('requests', () => {
  it('probe asks current/Me without a division, with Accept and the bearer', async () => {
    await clientFor(fake).probe();
    const [request] = fake.apiRequests();
    expect(request?.url.pathname).toBe('/api/v1/current/Me');
    expect(request?.url.searchParams.get('$select')).toBe('CurrentDivision');
    expect(request?.headers.get('accept')).toBe('application/json');
    expect(request?.headers.get('authorization')).toBe('Bearer access-1');
  });

  it('pages through __next sequentially (3 pages of 60)', async () => {
    fake.data['financial/GLAccounts'] = Array.from({ length: 150 }, (_, i) => ({ ...records.gl('8000'), ID: `gl-${i}` }));
    const accounts = await clientFor(fake).glAccounts(['8000']);
    expect(accounts).toHaveLength(150);
    expect(accounts[149]).toEqual({ code: '8000', description: 'GL 8000', blocked: false });
    const pages = fake.apiRequests();
    expect(pages.map((r) => r.url.searchParams.get('$skiptoken'))).toEqual([null, '60', '120']);
    for (const page of pages) expect(page.url.searchParams.get('$select')).toBe('ID,Code,Description,IsBlocked');
    expect(fake.violations).toEqual([]);
  });

  it('reads only the VAT codes and GL accounts asked for, filtered by Code, into the model', async () => {
    fake.data['vat/VATCodes'] = [records.vat('VH', 0.21), records.vat('VL', 9), records.vat('OLD', 0.06, true), records.vat('X')];
    fake.data['financial/GLAccounts'] = [records.gl('8000'), records.gl('8300', true), records.gl('9999')];
    const client = clientFor(fake);
    expect(await client.vatCodes(['VH', ' vl ', 'OLD', 'GONE', 'VH'])).toEqual([
      { code: 'VH', description: 'VAT VH', blocked: false, percentage: 21 },
      { code: 'VL', description: 'VAT VL', blocked: false, percentage: 9 },
      { code: 'OLD', description: 'VAT OLD', blocked: true, percentage: 6 },
    ]);
    expect(await client.glAccounts(['8000', '8300'])).toEqual([
      { code: '8000', description: 'GL 8000', blocked: false },
      { code: '8300', description: 'GL 8300', blocked: true },
    ]);
    const [vat, gl] = fake.apiRequests();
    expect(vat?.url.searchParams.get('$filter')).toContain("Code eq 'VH'");
    expect(vat?.url.searchParams.get('$filter')).toContain("Code eq 'vl'");
    expect(gl?.url.searchParams.get('$filter')).toBe("(Code eq '8000' or Code eq '8300')");
  });

  it('reads the main warehouse with Main eq 1, or the configured one by code', async () => {
    fake.data['inventory/Warehouses'] = [records.warehouse('1', 1), records.warehouse('2', false)];
    const client = clientFor(fake);
    expect(await client.warehouses({ main: true })).toEqual([{ id: 'wh-1', code: '1', description: 'Warehouse 1', main: true }]);
    expect(await client.warehouses({ code: '2' })).toEqual([{ id: 'wh-2', code: '2', description: 'Warehouse 2', main: false }]);
    expect(fake.apiRequests().map((r) => r.url.searchParams.get('$filter'))).toEqual(['Main eq 1', "Code eq '2'"]);
  });

  it('asks nothing for master data when no code is mapped', async () => {
    const client = clientFor(fake);
    expect(await client.vatCodes([])).toEqual([]);
    expect(await client.glAccounts([' '])).toEqual([]);
    expect(fake.requests).toHaveLength(0);
  });

  it.each([
    ['sales-order', 'salesorder/SalesOrders', records.salesOrder("O'Brien-1", 4711, '2024-05-10T00:00:00Z', 121)],
    ['sales-invoice', 'salesinvoice/SalesInvoices', records.salesInvoice("O'Brien-1", 4711, '2024-05-10T00:00:00Z', 121)],
    ['sales-entry', 'salesentry/SalesEntries', records.salesEntry("O'Brien-1", 4711, '2024-05-10T00:00:00Z', 121)],
  ] as const)('finds %s documents by YourRef, quoting the reference', async (type, path, record) => {
    fake.data[path] = [record, { ...record, YourRef: 'other' }];
    const documents = await clientFor(fake).documentsByReference(type, "O'Brien-1");
    expect(documents).toEqual([
      expect.objectContaining({ type, number: '4711', yourRef: "O'Brien-1", date: '2024-05-10T00:00:00.000Z', amountDC: 121 }),
    ]);
    const [request] = fake.apiRequests();
    expect(request?.route).toBe(path);
    expect(request?.url.searchParams.get('$filter')).toBe("YourRef eq 'O''Brien-1'");
  });

  it('finds no documents for an empty reference, without a call', async () => {
    expect(await clientFor(fake).documentsByReference('sales-order', '  ')).toEqual([]);
    expect(fake.apiRequests()).toHaveLength(0);
  });

  it('looks up all item codes in one request and matches them ignoring case and padding', async () => {
    fake = createFakeExact({ caseInsensitive: false });
    freshDb();
    await connectFake(fake);
    fake.data['logistics/Items'] = [records.item('A-1'), records.item('b-2', false), records.item('C-3'), records.item('VERZEND')];
    const items = await clientFor(fake).itemsByCodes([' a-1', 'B-2', 'a-1', 'UNKNOWN', '', 'VERZEND']);
    expect(items.map((i) => i.code).sort()).toEqual(['A-1', 'VERZEND', 'b-2']);
    expect(fake.apiRequests()).toHaveLength(1);
    expect(fake.apiRequests()[0]?.url.searchParams.get('$select')).toBe('Code,Description,StartDate,EndDate,IsStockItem');
  });

  it('looks up item–warehouse links for all codes in one request', async () => {
    fake.data['inventory/ItemWarehouses'] = [
      records.itemWarehouse('A-1', '1'),
      records.itemWarehouse('A-1', '2'),
      records.itemWarehouse('B-2', '2'),
      records.itemWarehouse('Z-9', '1'),
    ];
    const links = await clientFor(fake).itemWarehouses(['A-1', 'b-2']);
    expect(links).toEqual([
      { itemCode: 'A-1', warehouseCode: '1' },
      { itemCode: 'A-1', warehouseCode: '2' },
      { itemCode: 'B-2', warehouseCode: '2' },
    ]);
    expect(fake.apiRequests()).toHaveLength(1);
    expect(fake.apiRequests()[0]?.url.searchParams.get('$filter')).toContain("ItemCode eq 'A-1'");
  });

  it('makes no call for an empty code list', async () => {
    const client = clientFor(fake);
    expect(await client.itemsByCodes([' ', ''])).toEqual([]);
    expect(await client.itemWarehouses([])).toEqual([]);
    expect(fake.requests).toHaveLength(0);
  });

  it('says not-connected when the division is not chosen yet', async () => {
    const failure = await failureOf(clientFor(fake, exactProfile(null)).vatCodes(['VH']));
    expect(failure).toMatchObject({ kind: 'not-connected', call: 'Exact GET vat/VATCodes' });
    expect(fake.requests).toHaveLength(0);
  });
});

/** Our record says the token lives for an hour; Exact may disagree (revoked server-side). */
async function stretchStoredExpiry(): Promise<void> {
  const stored = await readTokens(CONNECTION_ID);
  if (!stored) throw new Error('no tokens');
  await db().secrets.update(`${CONNECTION_ID}:exact-tokens`, { value: { ...stored, expiresAt: stored.issuedAt + 3_600_000 } });
}

describe('401 handling', () => {
  it('a token near expiry is refreshed before the call, so no 401 is spent', async () => {
    fake.advance(580_000);
    fake.data['vat/VATCodes'] = [records.vat('VH')];
    expect(await clientFor(fake).vatCodes(['VH'])).toHaveLength(1);
    expect(fake.apiRequests().map((r) => r.headers.get('authorization'))).toEqual(['Bearer access-2']);
    expect(fake.tokenRequests()).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });

  it('a 401 on a token that looks valid: one refresh, one retry', async () => {
    fake.advance(572_000);
    await stretchStoredExpiry();
    fake.revokeAccess('access-1');
    await clientFor(fake).probe();
    const auth = fake.apiRequests().map((r) => r.headers.get('authorization'));
    expect(auth).toEqual(['Bearer access-1', 'Bearer access-2']);
    expect(fake.tokenRequests()).toHaveLength(1);
  });

  it('a 401 before 570 s: no refresh, unauthorized', async () => {
    fake.advance(60_000);
    fake.revokeAccess('access-1');
    const failure = await failureOf(clientFor(fake).probe());
    expect(failure).toMatchObject({ kind: 'unauthorized', side: 'accounting', call: 'Exact GET current/Me' });
    expect(fake.tokenRequests()).toHaveLength(0);
  });

  it('still 401 after the refresh: unauthorized, no loop', async () => {
    fake.advance(575_000);
    await stretchStoredExpiry();
    fake.intercept = (request) => (request.route === 'token' ? undefined : new Response('', { status: 401 }));
    const failure = await failureOf(clientFor(fake).warehouses({ main: true }));
    expect(failure).toMatchObject({ kind: 'unauthorized', side: 'accounting', call: 'Exact GET inventory/Warehouses', httpStatus: 401 });
    expect(fake.apiRequests()).toHaveLength(2);
    expect(fake.tokenRequests()).toHaveLength(1);
  });

  it('names the call and never leaks a token or a URL in a failure', async () => {
    fake.advance(575_000);
    fake.intercept = (request) => (request.route === 'token' ? undefined : new Response('', { status: 401 }));
    const error: unknown = await clientFor(fake).vatCodes(['VH']).catch((e: unknown) => e);
    const text = JSON.stringify(error instanceof ApiError ? { ...error.failure, message: error.message } : error);
    expect(text).toContain('Exact GET vat/VATCodes');
    for (const secret of ['access-1', 'access-2', 'refresh-1', 'refresh-2', 'client-secret-1', 'https://']) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('faults', () => {
  it('a malformed body is ApiError malformed', async () => {
    fake.intercept = (request) =>
      request.route === 'vat/VATCodes' ? new Response(JSON.stringify({ d: { results: [{ Code: 5 }] } }), { status: 200 }) : undefined;
    expect(await failureOf(clientFor(fake).vatCodes(['VH']))).toMatchObject({ kind: 'malformed', call: 'Exact GET vat/VATCodes' });
  });

  it('an HTML page instead of JSON is malformed', async () => {
    fake.intercept = () => new Response('<html>Maintenance</html>', { status: 200 });
    expect((await failureOf(clientFor(fake).probe())).kind).toBe('malformed');
  });

  it('a garbage date in an item is malformed, not a wrong date', async () => {
    fake.data['logistics/Items'] = [{ ...records.item('A-1'), StartDate: 'soon' }];
    expect((await failureOf(clientFor(fake).itemsByCodes(['A-1']))).kind).toBe('malformed');
  });

  it('an Exact error body becomes the detail', async () => {
    fake.intercept = () =>
      new Response(JSON.stringify({ error: { code: '', message: { lang: '', value: 'Forbidden for this division' } } }), { status: 403 });
    expect(await failureOf(clientFor(fake).warehouses({ code: '1' }))).toMatchObject({
      kind: 'forbidden',
      httpStatus: 403,
      detail: 'HTTP 403: Forbidden for this division',
    });
  });

  it('does not follow __next to another host (the token stays home)', async () => {
    fake.intercept = (request) =>
      request.route === 'financial/GLAccounts'
        ? new Response(JSON.stringify({ d: { results: [], __next: 'https://evil.example/api/v1/123456/financial/GLAccounts?x' } }), { status: 200 })
        : undefined;
    const failure = await failureOf(clientFor(fake).glAccounts(['8000']));
    expect(failure).toMatchObject({ kind: 'malformed', call: 'Exact GET financial/GLAccounts' });
    expect(fake.violations).toEqual([]);
  });

  it('stops a __next loop', async () => {
    const self = `https://${FAKE_HOST}/api/v1/${FAKE_DIVISION}/financial/GLAccounts?$select=Code&$skiptoken=1`;
    fake.intercept = (request) =>
      request.route === 'financial/GLAccounts'
        ? new Response(JSON.stringify({ d: { results: [], __next: self } }), { status: 200 })
        : undefined;
    expect((await failureOf(clientFor(fake).glAccounts(['8000']))).kind).toBe('malformed');
    expect(fake.apiRequests()).toHaveLength(2);
  });
});

describe('rate limits', () => {
  it('stores the X-RateLimit headers of every answer', async () => {
    await clientFor(fake).probe();
    const budget = await readBudget(budgetKey(FAKE_HOST, FAKE_DIVISION));
    expect(budget).toMatchObject({
      daily: { limit: 5000, remaining: 4999, resetAt: fake.rate.dailyReset },
      minutely: { limit: 60, remaining: 59, resetAt: fake.rate.minutelyReset },
    });
  });

  it('a 429 with a minutely reset is retried after the reset', async () => {
    fake.rate.minutelyRemaining = 0;
    fake.rate.minutelyReset = fake.clock.now + 4_000;
    const startedAt = fake.clock.now;
    await clientFor(fake).probe();
    expect(fake.apiRequests()).toHaveLength(2);
    expect(fake.sleeps).toHaveLength(1);
    expect(fake.sleeps[0]).toBeGreaterThanOrEqual(4_000);
    expect(fake.apiRequests()[1]?.at).toBeGreaterThanOrEqual(startedAt + 4_000);
  });

  it('a 429 whose reset is beyond the in-worker wait ends as rate-limited', async () => {
    fake.rate.minutelyRemaining = 0;
    fake.rate.minutelyReset = fake.clock.now + 45_000;
    const failure = await failureOf(clientFor(fake).probe());
    expect(failure).toMatchObject({ kind: 'rate-limited', httpStatus: 429 });
    expect(fake.sleeps).toEqual([]);
  });

  it('the day used up: the next call fails fast without a request', async () => {
    fake.rate.dailyRemaining = 1;
    const client = clientFor(fake);
    await client.probe();
    expect((await readBudget(budgetKey(FAKE_HOST, FAKE_DIVISION)))?.daily?.remaining).toBe(0);
    const before = fake.requests.length;
    const failure = await failureOf(client.documentsByReference('sales-order', '1001'));
    expect(failure).toMatchObject({ kind: 'rate-limited', side: 'accounting', httpStatus: null });
    expect(fake.requests.length).toBe(before);
  });

  it('after the daily reset, calls go out again', async () => {
    fake.rate.dailyRemaining = 1;
    const client = clientFor(fake);
    await client.probe();
    fake.advance(24 * 3600_000);
    fake.rate.dailyRemaining = 5000;
    fake.rate.dailyReset = fake.clock.now + 24 * 3600_000;
    await connectFake(fake);
    await client.probe();
    expect(fake.apiRequests()).toHaveLength(2);
  });
});
