import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../core/sandbox-types';
import type { SandboxClient } from '../core/test-client';
import { BASE, bearer, connect, DIVISION, fakeClock, guid, OTHER_DIVISION, startExactSandbox, testWorld } from './test-fixtures';
import type { TokenSet } from './token-store';
import type { ExactWorld } from './world';

interface Collection {
  d: { results: Record<string, unknown>[]; __next?: string; __count?: string };
}
interface ExactErrorBody {
  error: { code: string; message: { lang: string; value: string } };
}

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

async function start(world?: ExactWorld, now?: () => number): Promise<{ client: SandboxClient; tokens: TokenSet }> {
  const started = await startExactSandbox({ ...(world ? { world } : {}), ...(now ? { now } : {}) });
  sandbox = started.sandbox;
  return { client: started.client, tokens: await connect(started.client) };
}

const api = (path: string): string => `${BASE}/api/v1/${DIVISION}/${path}`;

describe('Exact REST API', () => {
  it('answers current/Me as a one-element collection honouring $select', async () => {
    const { client, tokens } = await start();
    const response = await client.get(`${BASE}/api/v1/current/Me?$select=CurrentDivision,FullName`, bearer(tokens));
    expect(response.status).toBe(200);
    const body = response.json<Collection>();
    expect(body.d.results).toHaveLength(1);
    expect(body.d.results[0]).toEqual({
      __metadata: { uri: `${BASE}/api/v1/current/Me(guid'${guid(9001)}')`, type: 'Exact.Web.Api.Models.System.Me' },
      CurrentDivision: DIVISION,
      FullName: 'Anna de Vries',
    });
  });

  it('serves records with __metadata, /Date(ms)/ dates, nulls and deferred links', async () => {
    const { client, tokens } = await start();
    const response = await client.get(api("salesorder/SalesOrders?$filter=YourRef eq '1001'&$top=1"), bearer(tokens));
    const [order] = response.json<Collection>().d.results;
    expect(order).toMatchObject({
      __metadata: { uri: api(`salesorder/SalesOrders(guid'${guid(1001)}')`), type: 'Exact.Web.Api.Models.SalesOrder' },
      OrderNumber: 5001,
      YourRef: '1001',
      OrderDate: `/Date(${Date.UTC(2025, 0, 1) + 3600_000})/`,
      StatusDescription: 'Open',
      Description: null,
      SalesOrderLines: { __deferred: { uri: api(`salesorder/SalesOrders(guid'${guid(1001)}')/SalesOrderLines`) } },
    });
  });

  it('follows __next through 60-record pages, repeating the query', async () => {
    const { client, tokens } = await start(testWorld({ salesOrders: 130 }));
    const sizes: number[] = [];
    let url: string | undefined = api('salesorder/SalesOrders?$select=OrderID,YourRef&$filter=Status eq 12');
    while (url) {
      const body: Collection = (await client.get(url, bearer(tokens))).json<Collection>();
      sizes.push(body.d.results.length);
      if (body.d.__next) expect(body.d.__next).toMatch(/\$select=OrderID,YourRef&\$filter=Status%20eq%2012&\$skiptoken=guid'[0-9a-f-]{36}'$/);
      url = body.d.__next;
    }
    expect(sizes).toEqual([60, 60, 10]);
  });

  it('pages bulk endpoints at 1000 and insists on $select there', async () => {
    const { client, tokens } = await start(testWorld({ salesOrders: 1001 }));
    const first = (await client.get(api('bulk/SalesOrder/SalesOrders?$select=OrderID'), bearer(tokens))).json<Collection>();
    expect(first.d.results).toHaveLength(1000);
    expect(first.d.__next).toBeDefined();
    const refused = await client.get(api('bulk/SalesOrder/SalesOrders?$top=1'), bearer(tokens));
    expect(refused.status).toBe(400);
  });

  it('refuses a query without $select and $top, an unknown field, and a bad filter, in Exact’s error shape', async () => {
    const { client, tokens } = await start();
    const bare = await client.get(api('logistics/Items'), bearer(tokens));
    expect(bare.status).toBe(400);
    expect(bare.json<ExactErrorBody>().error.message.value).toBe('Please add a $select or a $top=1 statement to the query string.');
    expect((await client.get(api('logistics/Items?$select=Code,Nope'), bearer(tokens))).status).toBe(400);
    expect((await client.get(api('salesorder/SalesOrders?$select=OrderID&$filter=YourRef eq 1001'), bearer(tokens))).status).toBe(400);
    expect((await client.get(api('logistics/Items?$select=Code&$filter=Code eq'), bearer(tokens))).status).toBe(400);
  });

  it('answers 401 without a token, 403 for a foreign division, 404 for an unknown route', async () => {
    const { client, tokens } = await start();
    const anonymous = await client.get(api('logistics/Items?$top=1'), { accept: 'application/json' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.text).toBe('');
    const foreign = await client.get(`${BASE}/api/v1/${OTHER_DIVISION}/logistics/Items?$top=1`, bearer(tokens));
    expect(foreign.status).toBe(403);
    expect(foreign.json<ExactErrorBody>().error.message.value).toBeTruthy();
    expect((await client.get(api('nothing/Here?$top=1'), bearer(tokens))).status).toBe(404);
  });

  it('answers Atom XML when the client does not ask for JSON', async () => {
    const { client, tokens } = await start();
    const response = await client.get(api('logistics/Items?$top=1'), { authorization: `Bearer ${tokens.access_token}` });
    expect(response.headers['content-type']).toContain('application/atom+xml');
  });

  it('filters items with functions, and ItemWarehouses carry their item’s data', async () => {
    const { client, tokens } = await start();
    const items = await client.get(api("logistics/Items?$select=Code,EndDate&$filter=tolower(trim(Code)) eq 'mug-2019'"), bearer(tokens));
    expect(items.json<Collection>().d.results.map((r) => r.Code)).toEqual(['MUG-2019']);
    const links = await client.get(api("inventory/ItemWarehouses?$select=ItemCode,WarehouseCode,ItemIsStockItem&$filter=WarehouseCode eq '1'"), bearer(tokens));
    expect(links.json<Collection>().d.results).toEqual([expect.objectContaining({ ItemCode: 'SHIRT-RED-M', WarehouseCode: '1', ItemIsStockItem: true })]);
  });
});

describe('Exact rate limits', () => {
  it('reports daily and minutely headers, then 429 with only the minutely ones; resets after the minute', async () => {
    const clock = fakeClock();
    const { client, tokens } = await start(testWorld({ minutelyLimit: 3 }), clock.now);
    const url = `${BASE}/api/v1/current/Me?$select=CurrentDivision`;
    const first = await client.get(url, bearer(tokens));
    expect(first.headers).toMatchObject({
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-minutely-limit': '3',
      'x-ratelimit-minutely-remaining': '2',
      'x-ratelimit-minutely-reset': String(clock.now() + 60_000),
    });
    expect(Number(first.headers['x-ratelimit-reset'])).toBeGreaterThan(clock.now());
    await client.get(url, bearer(tokens));
    await client.get(url, bearer(tokens));
    const limited = await client.get(url, bearer(tokens));
    expect(limited.status).toBe(429);
    expect(limited.headers['x-ratelimit-minutely-remaining']).toBe('0');
    expect(limited.headers['x-ratelimit-limit']).toBeUndefined();
    expect(limited.headers['retry-after']).toBeUndefined();
    clock.advance(60_000);
    expect((await client.get(url, bearer(tokens))).status).toBe(200);
  });

  it('answers 429 with only the daily headers once the daily budget is spent', async () => {
    const { client, tokens } = await start(testWorld({ dailyLimit: 2 }));
    const url = `${BASE}/api/v1/current/Me?$select=CurrentDivision`;
    await client.get(url, bearer(tokens));
    expect((await client.get(url, bearer(tokens))).headers['x-ratelimit-remaining']).toBe('0');
    const limited = await client.get(url, bearer(tokens));
    expect(limited.status).toBe(429);
    expect(limited.headers['x-ratelimit-remaining']).toBe('0');
    expect(limited.headers['x-ratelimit-minutely-limit']).toBeUndefined();
    sandbox?.exact.resetRateLimits();
    expect((await client.get(url, bearer(tokens))).status).toBe(200);
  });
});
