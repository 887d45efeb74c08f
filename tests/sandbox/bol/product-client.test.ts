import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/net/errors';
import type { HttpDeps } from '../../../lib/net/http';
import { createBolClient } from '../../../lib/shops/bol/client';
import { createBolTokenCache, memoryTokenStore, type BolTokens } from '../../../lib/shops/bol/token';
import type { ShopClient } from '../../../lib/shops/types';
import { sandboxClient } from '../core/test-client';
import { bolAuthRefused, bolChecks } from '../scenarios/bol-checks';
import { BOL_DEMO } from '../scenarios/build/bol-demo';
import { startSandbox, type Sandbox } from '../server';

/**
 * The product's Bol.com client against the running sandbox (HTTPS, real hostnames, the core's
 * fault pipeline), as the background worker would talk to bol.com.
 */
let sandbox: Sandbox;
let http: HttpDeps;
let tokens: BolTokens;
let client: ShopClient;

function viaSandbox(port: number): typeof fetch {
  const net = sandboxClient(port);
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const res = await net.request(String(input), { method: init?.method ?? 'GET', headers, ...(typeof init?.body === 'string' ? { body: init.body } : {}) });
    return new Response(res.status === 204 ? null : res.text, { status: res.status, headers: res.headers });
  }) as typeof fetch;
}

const connection = () => bolChecks().connections[0];
const orderOf = (n: number) => String(2_460_000_000 + n);
const loginRequests = () => sandbox.requests().filter((r) => r.host === 'login.bol.com');
const apiRequests = () => sandbox.requests().filter((r) => r.host === 'api.bol.com');

async function failureOf(promise: Promise<unknown>) {
  const error: unknown = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return (error as ApiError).failure;
}

beforeAll(async () => {
  sandbox = await startSandbox({ scenario: bolChecks() });
  http = { fetch: viaSandbox(sandbox.port), sleep: () => Promise.resolve(), random: () => 0, now: Date.now };
});
afterAll(async () => {
  await sandbox.stop();
});
beforeEach(() => {
  sandbox.load(bolChecks());
  sandbox.clearRequests();
  const conn = connection();
  if (!conn) throw new Error('no connection');
  tokens = createBolTokenCache({ store: memoryTokenStore() });
  client = createBolClient(conn.profile, { clientId: BOL_DEMO.clientId, clientSecret: BOL_DEMO.clientSecret }, http, { tokens });
});

describe('the Bol.com client against the sandbox', () => {
  it('serves bol.com on its real hostnames', () => {
    expect(sandbox.hostnames).toEqual(expect.arrayContaining(['login.bol.com', 'api.bol.com', 'partner.bol.com']));
  });

  it('reads scenario orders with one token for all of them', async () => {
    const order = await client.getOrder(orderOf(1));
    expect(order).toMatchObject({ platform: 'bol', orderNumber: orderOf(1), paid: true, shippingCountry: 'NL', lines: [{ sku: 'TSHIRT-RED-M', quantity: 2 }] });
    for (const n of [2, 3, 4, 5]) await client.getOrder(orderOf(n));
    expect(loginRequests()).toHaveLength(1);
    expect(apiRequests()).toHaveLength(5);
    expect(sandbox.violations()).toEqual([]);
  });

  it('lists the changes of the last days through the change feed, one day a call', async () => {
    const feed = client.changeFeed;
    if (!feed) throw new Error('no change feed');
    const seen = new Set<string>();
    const since = Date.now() - 10 * 86_400_000;
    for (let at = since; at <= Date.now() + 86_400_000; at += 86_400_000) {
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: feed.dayTimeZone }).format(new Date(at));
      const page = await feed.list({ kind: 'day', day }, null);
      expect(page.next).toBeNull();
      for (const change of page.changes) if (Date.parse(change.placedAt) >= since) seen.add(change.orderId);
    }
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14].map(orderOf).sort());
  });

  it('gets one fresh token after an injected 401, and carries on', async () => {
    await client.getOrder(orderOf(1));
    sandbox.faults.add({ host: 'api.bol.com', times: 1, fault: { kind: 'status', status: 401, body: { type: 'https://api.bol.com/problems', title: 'Unauthorized', status: 401, detail: 'Expired JWT' } } });
    expect((await client.getOrder(orderOf(2))).orderId).toBe(orderOf(2));
    expect(loginRequests()).toHaveLength(2);
  });

  it('waits out an injected 429 and a single 503, then reads the order', async () => {
    sandbox.faults.add({ host: 'api.bol.com', times: 1, fault: { kind: 'rate-limit', retryAfterSeconds: 1 } });
    sandbox.faults.add({ host: 'login.bol.com', times: 1, fault: { kind: 'html-error', status: 503 } });
    expect((await client.getOrder(orderOf(1))).orderId).toBe(orderOf(1));
    expect(sandbox.requests().filter((r) => r.faulted).map((r) => [r.host, r.status])).toEqual([['login.bol.com', 503], ['api.bol.com', 429]]);
  });

  it('reports truncated or schema-invalid JSON as malformed, and a hang-free 404 as not-found', async () => {
    sandbox.faults.add({ host: 'api.bol.com', times: 1, fault: { kind: 'truncated-json' } });
    expect((await failureOf(client.getOrder(orderOf(1)))).kind).toBe('malformed');
    sandbox.faults.add({ host: 'api.bol.com', times: 1, fault: { kind: 'invalid-json-shape' } });
    expect((await failureOf(client.getOrder(orderOf(1)))).kind).toBe('malformed');
    expect(await failureOf(client.getOrder('2460009999'))).toMatchObject({ kind: 'not-found', httpStatus: 404, detail: 'Order for order id 2460009999 not found.' });
  });

  it('fails unauthorized when bol.com refuses the stored client credentials (bol-auth-refused)', async () => {
    sandbox.load(bolAuthRefused());
    const failure = await failureOf(client.getOrder(orderOf(1)));
    expect(failure).toMatchObject({ kind: 'unauthorized', side: 'shop', httpStatus: 401 });
    expect(apiRequests()).toHaveLength(0);
  });

  it('serves the seller-dashboard page of every expected order', async () => {
    const net = sandboxClient(sandbox.port);
    for (const e of bolChecks().expectations.slice(0, 3)) {
      const page = await net.get(e.adminUrl);
      expect(page.status).toBe(200);
      expect(page.text).toContain(e.orderId);
    }
  });
});
