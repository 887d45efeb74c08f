import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxClient, type SandboxClient } from './core/test-client';
import { scenarios } from './scenarios/index';
import { startSandbox, type Sandbox } from './server';

/** The fully wired sandbox (Exact + Shopify) with the default scenario: a smoke test. */
describe('startSandbox with the shopify-checks scenario', () => {
  let sandbox: Sandbox;
  let client: SandboxClient;
  beforeAll(async () => {
    const make = scenarios['shopify-checks'];
    if (!make) throw new Error('scenario shopify-checks is missing');
    sandbox = await startSandbox({ scenario: make() });
    client = sandboxClient(sandbox.port);
  });
  afterAll(async () => {
    await sandbox.stop();
  });

  it('serves Exact, the Shopify API and the Shopify admin on their real hostnames', () => {
    expect(sandbox.hostnames).toEqual(expect.arrayContaining(['start.exactonline.nl', '*.myshopify.com', 'admin.shopify.com']));
    for (const name of sandbox.hostnames) expect(sandbox.hostResolverRules()).toContain(`MAP ${name} 127.0.0.1:${sandbox.port}`);
  });

  it('answers an admin order page and an Exact OAuth redirect', async () => {
    const expectation = sandbox.scenario().expectations[0];
    expect(expectation).toBeDefined();
    const page = await client.get(expectation?.adminUrl ?? '');
    expect(page.status).toBe(200);
    const app = sandbox.scenario().connections[0]?.exactApp;
    const auth = new URL('https://start.exactonline.nl/api/oauth2/auth');
    auth.search = new URLSearchParams({ client_id: app?.clientId ?? '', redirect_uri: 'https://x.chromiumapp.org/', response_type: 'code' }).toString();
    expect((await client.get(auth.toString())).status).toBe(302);
    expect(sandbox.violations()).toEqual([]);
  });
});
