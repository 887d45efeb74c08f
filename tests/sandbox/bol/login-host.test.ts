import { describe, expect, it } from 'vitest';
import { basic, bolTestHosts, CLIENT, sandboxRequest } from './test-support';

const tokenUrl = 'https://login.bol.com/token?grant_type=client_credentials';

describe('login.bol.com host', () => {
  it('issues a 299 s bearer token for known client credentials (Basic auth, grant in the query)', async () => {
    const { login, control } = bolTestHosts();
    const res = await login.handle(sandboxRequest({ method: 'POST', url: tokenUrl, headers: { authorization: basic(CLIENT.clientId, CLIENT.clientSecret) } }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: 'Bearer', expires_in: 299, scope: 'RETAILER' });
    expect((res.body as { access_token: string }).access_token).toMatch(/^eyJ/);
    expect(control.tokenRequests()).toEqual([{ clientId: CLIENT.clientId, at: expect.any(Number) as number, granted: true }]);
  });

  it('also takes the grant as a form body (the other form used in the wild)', async () => {
    const { login } = bolTestHosts();
    const res = await login.handle(sandboxRequest({
      method: 'POST',
      url: 'https://login.bol.com/token',
      headers: { authorization: basic(CLIENT.clientId, CLIENT.clientSecret), 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    }));
    expect(res.status).toBe(200);
  });

  it('refuses wrong or missing credentials with 401 invalid_client, and other grants with 400', async () => {
    const { login, control } = bolTestHosts();
    const wrong = await login.handle(sandboxRequest({ method: 'POST', url: tokenUrl, headers: { authorization: basic(CLIENT.clientId, 'nope') } }));
    expect(wrong).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    expect((await login.handle(sandboxRequest({ method: 'POST', url: tokenUrl }))).status).toBe(401);
    const grant = await login.handle(sandboxRequest({ method: 'POST', url: 'https://login.bol.com/token?grant_type=password', headers: { authorization: basic(CLIENT.clientId, CLIENT.clientSecret) } }));
    expect(grant).toMatchObject({ status: 400, body: { error: 'unsupported_grant_type' } });
    expect(control.tokenRequests().map((r) => r.granted)).toEqual([false, false, false]);
  });

  it('reads the credentials from the world at every request (a regenerated secret is refused at once)', async () => {
    const hosts = bolTestHosts();
    await hosts.token();
    const account = hosts.world.accounts[0];
    if (!account) throw new Error('no account');
    account.credentials = [{ clientId: CLIENT.clientId, clientSecret: 'regenerated' }];
    await expect(hosts.token()).rejects.toThrow(/no token/);
  });

  it('allows a POST to /token only; other paths are 404 and GET /token is 405', async () => {
    const { login } = bolTestHosts();
    expect(login.side).toBe('shop');
    expect(login.allowsWrite(sandboxRequest({ method: 'POST', url: tokenUrl }))).toBe(true);
    expect(login.allowsWrite(sandboxRequest({ method: 'POST', url: 'https://login.bol.com/wsp/login' }))).toBe(false);
    expect((await login.handle(sandboxRequest({ url: 'https://login.bol.com/token' }))).status).toBe(405);
    expect((await login.handle(sandboxRequest({ url: 'https://login.bol.com/elsewhere' }))).status).toBe(404);
  });
});
