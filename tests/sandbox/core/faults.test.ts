import { afterEach, describe, expect, it } from 'vitest';
import { APP, BASE, bearer, connect, exactOnlyScenario } from '../exact/test-fixtures';
import { launchSandbox } from './sandbox';
import type { Sandbox } from './sandbox-types';
import { sandboxClient, type SandboxClient } from './test-client';
import type { HostDefinition } from './types';

const SHOP = 'https://shop.example.test';

/** A tiny JSON host standing in for any shop API. */
const shopHost: HostDefinition = {
  hostnames: ['shop.example.test'],
  describe: 'test shop',
  side: 'shop',
  allowsWrite: (req) => req.path === '/graphql',
  handle: (req) => ({ status: 200, body: { path: req.path, orders: [{ id: 1, name: '#1001' }, { id: 2, name: '#1002' }] } }),
};

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

async function start(): Promise<{ sandbox: Sandbox; client: SandboxClient }> {
  sandbox = await launchSandbox({ scenario: exactOnlyScenario(), extraHosts: [shopHost] }, { shopHosts: () => [], scenarios: {} });
  return { sandbox, client: sandboxClient(sandbox.port) };
}

describe('fault injection', () => {
  it('latency delays, then answers normally', async () => {
    const { sandbox, client } = await start();
    sandbox.faults.add({ host: 'shop.example.test', fault: { kind: 'latency', ms: 150 } });
    const started = Date.now();
    const response = await client.get(`${SHOP}/orders`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(response.status).toBe(200);
    expect(sandbox.requests()[0]).toMatchObject({ status: 200, faulted: true, side: 'shop' });
  });

  it('status answers the given status and body, for `times` requests only', async () => {
    const { sandbox, client } = await start();
    sandbox.faults.add({ path: '/orders', times: 1, fault: { kind: 'status', status: 503, body: { error: 'down' } } });
    const faulted = await client.get(`${SHOP}/orders`);
    expect(faulted.status).toBe(503);
    expect(faulted.json()).toEqual({ error: 'down' });
    expect((await client.get(`${SHOP}/orders`)).status).toBe(200);
    expect(sandbox.faults.list()).toEqual([]);
  });

  it('rate-limit sends 429 with Retry-After, plus Exact’s minutely headers on the Exact host', async () => {
    const { sandbox, client } = await start();
    sandbox.faults.add({ host: 'start.exactonline.nl', path: /\/api\/v1\/current\/Me/, fault: { kind: 'rate-limit', retryAfterSeconds: 7 } });
    const tokens = await connect(client);
    const response = await client.get(`${BASE}/api/v1/current/Me?$select=CurrentDivision`, bearer(tokens));
    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBe('7');
    expect(response.headers['x-ratelimit-minutely-remaining']).toBe('0');
    expect(Number(response.headers['x-ratelimit-minutely-reset'])).toBeGreaterThan(Date.now());
    sandbox.faults.add({ host: 'shop.example.test', fault: { kind: 'rate-limit', retryAfterSeconds: 2 } });
    const shop = await client.get(`${SHOP}/orders`);
    expect(shop.headers['retry-after']).toBe('2');
    expect(shop.headers['x-ratelimit-minutely-remaining']).toBeUndefined();
  });

  it('html-error answers a proxy’s HTML page', async () => {
    const { sandbox, client } = await start();
    sandbox.faults.add({ fault: { kind: 'html-error', status: 503 } });
    const response = await client.get(`${SHOP}/orders`);
    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toBe('text/html');
    expect(response.text).toContain('<title>503 Service Unavailable</title>');
  });

  it('truncated-json cuts the real answer in half', async () => {
    const { sandbox, client } = await start();
    const whole = (await client.get(`${SHOP}/orders`)).text;
    sandbox.faults.add({ fault: { kind: 'truncated-json' } });
    const response = await client.get(`${SHOP}/orders`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.text).toBe(whole.slice(0, Math.floor(whole.length / 2)));
    expect(() => JSON.parse(response.text)).toThrow();
  });

  it('invalid-json-shape answers valid JSON of the wrong shape', async () => {
    const { sandbox, client } = await start();
    sandbox.faults.add({ method: 'GET', fault: { kind: 'invalid-json-shape' } });
    expect((await client.get(`${SHOP}/orders`)).json()).toEqual({ unexpected: true });
  });

  it('throttled-graphql answers Shopify’s THROTTLED body with 200', async () => {
    const { sandbox, client } = await start();
    sandbox.faults.add({ path: '/graphql', fault: { kind: 'throttled-graphql' } });
    const response = await client.post(`${SHOP}/graphql`, { query: '{ shop { name } }' });
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ errors: [{ extensions: { code: 'THROTTLED' } }] });
  });

  it('hang never answers, and stop() releases it', async () => {
    const { sandbox, client } = await start();
    sandbox.faults.add({ fault: { kind: 'hang' } });
    const pending = client.get(`${SHOP}/orders`);
    const outcome = pending.then(() => 'answered', () => 'released');
    for (let i = 0; i < 100 && sandbox.requests().length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(sandbox.requests()[0]).toMatchObject({ status: 0, faulted: true });
    const stopping = Date.now();
    await sandbox.stop();
    expect(Date.now() - stopping).toBeLessThan(2000);
    expect(await outcome).toBe('released');
  });

  it('a rule matches on method, and does not touch other hosts', async () => {
    const { sandbox, client } = await start();
    sandbox.faults.add({ host: 'start.exactonline.nl', method: 'POST', fault: { kind: 'status', status: 500 } });
    expect((await client.get(`${SHOP}/orders`)).status).toBe(200);
    const token = await client.post(`${BASE}/api/oauth2/token`, new URLSearchParams({ grant_type: 'refresh_token', client_id: APP.clientId }));
    expect(token.status).toBe(500);
  });
});
