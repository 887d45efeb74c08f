import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../core/sandbox-types';
import type { SandboxClient } from '../core/test-client';
import { APP, BASE, bearer, connect, fakeClock, REDIRECT_URI, startExactSandbox } from './test-fixtures';
import type { TokenSet } from './token-store';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

async function start(): Promise<{ client: SandboxClient; clock: ReturnType<typeof fakeClock>; sandbox: Sandbox }> {
  const clock = fakeClock();
  const started = await startExactSandbox({ now: clock.now });
  sandbox = started.sandbox;
  return { client: started.client, clock, sandbox: started.sandbox };
}

const authUrl = (params: Record<string, string>): string =>
  `${BASE}/api/oauth2/auth?${new URLSearchParams({ client_id: APP.clientId, redirect_uri: REDIRECT_URI, response_type: 'code', ...params })}`;

const exchange = (client: SandboxClient, fields: Record<string, string>) =>
  client.post(`${BASE}/api/oauth2/token`, new URLSearchParams({ client_id: APP.clientId, client_secret: APP.clientSecret, ...fields }));

const refresh = (client: SandboxClient, tokens: TokenSet) =>
  exchange(client, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token });

describe('Exact OAuth: authorize', () => {
  it('redirects at once with a URL-encoded code and the state (auto-consent)', async () => {
    const { client } = await start();
    const response = await client.get(authUrl({ state: 'xyz', force_login: '0' }));
    expect(response.status).toBe(302);
    const location = response.headers.location ?? '';
    expect(location.startsWith(REDIRECT_URI)).toBe(true);
    expect(location).toContain('%21');
    expect(new URL(location).searchParams.get('state')).toBe('xyz');
  });

  it('shows the consent page when auto-consent is off, and its Authorize button redirects with a code', async () => {
    const { client, sandbox } = await start();
    sandbox.exact.setAutoConsent(false);
    const page = await client.get(authUrl({ state: 'abc' }));
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('allow import-doctor access to your administration?');
    const fields = Object.fromEntries([...page.text.matchAll(/name="(\w+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const approved = await client.post(`${BASE}/api/oauth2/approve`, new URLSearchParams({ ...fields, decision: 'allow' }));
    expect(approved.status).toBe(302);
    const back = new URL(approved.headers.location ?? '');
    expect(back.searchParams.get('code')).toMatch(/!/);
    expect(back.searchParams.get('state')).toBe('abc');
    expect(sandbox.violations()).toEqual([]);
  });

  it('refuses an unknown client with a 400 page', async () => {
    const { client } = await start();
    const response = await client.get(authUrl({ client_id: 'nobody' }));
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('text/html');
  });
});

describe('Exact OAuth: tokens', () => {
  it('issues a bearer token whose expires_in is the string "600" and logs the request', async () => {
    const { client, sandbox } = await start();
    const tokens = await connect(client);
    expect(tokens).toMatchObject({ token_type: 'bearer', expires_in: '600' });
    expect(typeof tokens.access_token).toBe('string');
    expect(sandbox.exact.tokenRequests()).toEqual([
      expect.objectContaining({ grantType: 'authorization_code', clientId: APP.clientId, status: 200, error: null }),
    ]);
  });

  it('uses a code once, only within 3 minutes, only with its redirect_uri', async () => {
    const { client, clock } = await start();
    const codeOf = async (): Promise<string> =>
      new URL((await client.get(authUrl({}))).headers.location ?? '').searchParams.get('code') ?? '';
    const code = await codeOf();
    const grant = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI };
    expect((await exchange(client, { ...grant, redirect_uri: 'https://elsewhere.example/' })).status).toBe(400);
    expect((await exchange(client, grant)).status).toBe(200);
    const reused = await exchange(client, grant);
    expect(reused.status).toBe(400);
    expect(reused.json()).toMatchObject({ error: 'invalid_grant' });

    const late = await codeOf();
    clock.advance(3 * 60_000);
    expect((await exchange(client, { grant_type: 'authorization_code', code: late, redirect_uri: REDIRECT_URI })).status).toBe(400);
  });

  it('answers a bad client secret with 401 invalid_client', async () => {
    const { client } = await start();
    const response = await exchange(client, { grant_type: 'refresh_token', refresh_token: 'x', client_secret: 'wrong' });
    expect(response.status).toBe(401);
    expect(response.json()).toEqual({ error: 'invalid_client' });
  });

  it('refuses a refresh earlier than 570 s with access_denied and Reason: TooEarlyToRefreshTokens', async () => {
    const { client, clock } = await start();
    const tokens = await connect(client);
    clock.advance(569_000);
    const early = await refresh(client, tokens);
    expect(early.status).toBe(400);
    expect(early.headers.reason).toBe('TooEarlyToRefreshTokens');
    expect(early.json()).toEqual({ error: 'access_denied', error_description: 'Rate limit exceeded: access_token not expired' });
    clock.advance(1_000);
    expect((await refresh(client, tokens)).status).toBe(200);
  });

  it('rotates the refresh token; the spent one gives invalid_grant "Old refresh token used"', async () => {
    const { client, clock } = await start();
    const first = await connect(client);
    clock.advance(570_000);
    const second = (await refresh(client, first)).json<TokenSet>();
    expect(second.refresh_token).not.toBe(first.refresh_token);
    clock.advance(570_000);
    const old = await refresh(client, first);
    expect(old.status).toBe(400);
    expect(old.json()).toEqual({ error: 'invalid_grant', error_description: 'Old refresh token used' });
    expect((await refresh(client, second)).status).toBe(200);
  });

  it('lets an access token work for 600 s, then answers 401 with an empty body', async () => {
    const { client, clock } = await start();
    const tokens = await connect(client);
    const me = `${BASE}/api/v1/current/Me?$select=CurrentDivision`;
    clock.advance(599_000);
    expect((await client.get(me, bearer(tokens))).status).toBe(200);
    clock.advance(1_000);
    const expired = await client.get(me, bearer(tokens));
    expect(expired.status).toBe(401);
    expect(expired.text).toBe('');
  });

  it('revokeTokens makes the API answer 401 and a refresh invalid_grant', async () => {
    const { client, clock, sandbox } = await start();
    const tokens = await connect(client);
    sandbox.exact.revokeTokens();
    expect((await client.get(`${BASE}/api/v1/current/Me?$select=CurrentDivision`, bearer(tokens))).status).toBe(401);
    clock.advance(600_000);
    expect((await refresh(client, tokens)).json()).toMatchObject({ error: 'invalid_grant' });
  });
});
