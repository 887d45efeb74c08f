import { afterEach, describe, expect, it } from 'vitest';
import { BASE, bearer, connect, DIVISION, exactOnlyScenario, startExactSandbox, testWorld } from '../exact/test-fixtures';
import { CONTROL_HOST, type Sandbox } from './sandbox-types';
import type { SandboxClient } from './test-client';

const CONTROL = `https://${CONTROL_HOST}`;

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

async function start(): Promise<{ sandbox: Sandbox; client: SandboxClient }> {
  const started = await startExactSandbox();
  sandbox = started.sandbox;
  return started;
}

describe('the sandbox server', () => {
  it('refuses a PUT with 405 and records the violation', async () => {
    const { sandbox, client } = await start();
    const response = await client.request(`${BASE}/api/v1/${DIVISION}/salesorder/SalesOrders`, { method: 'PUT', body: '{}' });
    expect(response.status).toBe(405);
    expect(sandbox.violations()).toEqual([
      expect.objectContaining({ method: 'PUT', host: 'start.exactonline.nl', path: `/api/v1/${DIVISION}/salesorder/SalesOrders` }),
    ]);
    expect(sandbox.requests()).toEqual([expect.objectContaining({ method: 'PUT', status: 405, side: 'accounting' })]);
    sandbox.clearViolations();
    expect(sandbox.violations()).toEqual([]);
  });

  it('allows the token POST without a violation, and sandbox.request() goes through the same path', async () => {
    const { sandbox, client } = await start();
    await connect(client);
    const post = await sandbox.request({ method: 'POST', host: 'start.exactonline.nl', path: '/api/v1/1/crm/Accounts', body: '{}' });
    expect(post.status).toBe(405);
    expect(sandbox.violations()).toHaveLength(1);
    expect(sandbox.requests().map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'GET /api/oauth2/auth 302',
      'POST /api/oauth2/token 200',
      'POST /api/v1/1/crm/Accounts 405',
    ]);
  });

  it('answers 421 for a host it does not play', async () => {
    const { client } = await start();
    expect((await client.get('https://www.example.org/')).status).toBe(421);
  });

  it('prints resolver rules for every hostname on its port', async () => {
    const { sandbox } = await start();
    expect(sandbox.hostnames).toEqual(['start.exactonline.nl', CONTROL_HOST]);
    expect(sandbox.hostResolverRules()).toBe(
      `MAP start.exactonline.nl 127.0.0.1:${sandbox.port}, MAP ${CONTROL_HOST} 127.0.0.1:${sandbox.port}`,
    );
    expect(sandbox.chromiumArgs()).toContain('--ignore-certificate-errors');
  });

  it('adds per-side latency', async () => {
    const { sandbox, client } = await start();
    sandbox.setLatency(120, 'accounting');
    const started = Date.now();
    await client.get(`${BASE}/api/v1/current/Me`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    expect(sandbox.requests()[0]?.faulted).toBe(false);
  });

  it('load() swaps the data and resets the host state', async () => {
    const { sandbox, client } = await start();
    const tokens = await connect(client);
    sandbox.faults.add({ fault: { kind: 'hang' } });
    sandbox.load(exactOnlyScenario(testWorld({ salesOrders: 7 })));
    expect(sandbox.faults.list()).toEqual([]);
    expect((await client.get(`${BASE}/api/v1/current/Me?$select=CurrentDivision`, bearer(tokens))).status).toBe(401);
    const fresh = await connect(client);
    const orders = await client.get(`${BASE}/api/v1/${DIVISION}/salesorder/SalesOrders?$select=OrderID`, bearer(fresh));
    expect(orders.json<{ d: { results: unknown[] } }>().d.results).toHaveLength(7);
  });
});

describe('the control API', () => {
  it('reports state, takes JSON faults, loads named scenarios, and is never recorded', async () => {
    const { sandbox, client } = await start();
    const state = await client.get(`${CONTROL}/state`);
    expect(state.json()).toMatchObject({ scenario: 'exact-only', port: sandbox.port, scenarios: ['exact-only', 'exact-big'] });

    const added = await client.post(`${CONTROL}/faults`, { host: 'start.exactonline.nl', path: '/api/v1/', times: 1, fault: { kind: 'status', status: 503 } });
    expect(added.status).toBe(200);
    expect((await client.get(`${BASE}/api/v1/current/Me`)).status).toBe(503);
    expect((await client.post(`${CONTROL}/faults`, { fault: { kind: 'nonsense' } })).status).toBe(400);
    await client.post(`${CONTROL}/faults`, { fault: { kind: 'hang' } });
    expect((await client.post(`${CONTROL}/faults/clear`, '')).status).toBe(200);
    expect(sandbox.faults.list()).toEqual([]);

    expect((await client.post(`${CONTROL}/scenario/exact-big`, '')).json()).toEqual({ scenario: 'exact-big' });
    expect(sandbox.scenario().exact.divisions[0]?.salesOrders).toHaveLength(130);
    expect((await client.post(`${CONTROL}/scenario/nope`, '')).status).toBe(404);

    await client.post(`${CONTROL}/exact/auto-consent`, { on: false });
    expect(sandbox.exact.autoConsent()).toBe(false);

    const requests = (await client.get(`${CONTROL}/requests`)).json<{ host: string }[]>();
    expect(requests.map((r) => r.host)).toEqual(['start.exactonline.nl']);
    expect(sandbox.violations()).toEqual([]);
  });
});
