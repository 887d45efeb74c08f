import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../net/errors';
import { CALL_PROBE, createWooClient } from './client';
import { fakeHttp, FAKE_NOW, type FakeAnswer, type RecordedRequest } from './fake-http';
import { CREDENTIALS, KEY, SECRET, wooError, wooOrder, wooProfile } from './fixtures';
import { inMemorySigning } from './signing-memory';

/**
 * A site behind a TLS-terminating proxy: WordPress does not see HTTPS, so WooCommerce ignores
 * Basic auth (401 woocommerce_rest_cannot_view) and accepts only OAuth 1.0a signed requests.
 */

const SITE = 'https://shop.example.nl';
const cannotView = (): FakeAnswer => ({ status: 401, body: wooError('woocommerce_rest_cannot_view', 'Sorry, you cannot view this resource.', 401) });
const authError = (message: string): FakeAnswer => ({ status: 401, body: wooError('woocommerce_rest_authentication_error', message, 401) });
const signedOf = (r: RecordedRequest): boolean => new URL(r.url).searchParams.has('oauth_signature');

/** The server's side, written independently: WooCommerce's base string over http, HMAC by node:crypto. */
function verifies(r: RecordedRequest, secret = SECRET, scheme: 'http' | 'https' = 'http'): boolean {
  const url = new URL(r.url);
  const params = [...url.searchParams.entries()].filter(([k]) => k !== 'oauth_signature').sort(([a], [b]) => (a < b ? -1 : 1));
  const enc = (v: string) => encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const base = `GET&${enc(`${scheme}://${url.host}${url.pathname}`)}&${enc(params.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&'))}`;
  return createHmac('sha256', `${secret}&`).update(base).digest('base64') === url.searchParams.get('oauth_signature');
}

/** Answers as a proxied WooCommerce site: Basic ignored, a valid signature accepted. */
const proxySite = (ok: FakeAnswer) => (r: RecordedRequest): FakeAnswer => (signedOf(r) && verifies(r) ? ok : signedOf(r) ? authError('Invalid signature - provided signature does not match.') : cannotView());

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error.failure;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('WooCommerce behind a TLS-terminating proxy', () => {
  it('retries once signed when Basic is ignored, and the signed request carries no secret and no Basic header', async () => {
    const fake = fakeHttp([proxySite({ body: wooOrder() })]);
    const order = await createWooClient(wooProfile(SITE), CREDENTIALS, fake.deps).getOrder('727');
    expect(order.orderNumber).toBe('727');
    expect(fake.requests).toHaveLength(2);
    const [basic, signed] = fake.requests;
    expect(basic?.headers['authorization']).toMatch(/^Basic /);
    expect(signed?.headers['authorization']).toBeUndefined();
    expect(signed && verifies(signed)).toBe(true);
    expect(signed?.url).not.toContain(SECRET);
    expect(signed?.url).not.toMatch(/[?&]consumer_(key|secret)=/);
    const url = new URL(signed?.url ?? '');
    expect(url.origin + url.pathname).toBe(`${SITE}/wp-json/wc/v3/orders/727`);
    expect(url.searchParams.get('oauth_consumer_key')).toBe(KEY);
    expect(url.searchParams.get('oauth_timestamp')).toBe(String(FAKE_NOW / 1000));
    expect(signed?.method).toBe('GET');
  });

  it('remembers per connection: later calls, also of a new client with the same memory, sign at once', async () => {
    const memory = inMemorySigning();
    const fake = fakeHttp([proxySite({ body: [] })]);
    const first = createWooClient(wooProfile(SITE), CREDENTIALS, fake.deps, memory);
    await first.probeCredentials();
    expect(fake.requests).toHaveLength(2);
    await first.listOrders?.('2025-05-01T00:00:00Z', null);
    expect(fake.requests).toHaveLength(3);
    await createWooClient(wooProfile(SITE), CREDENTIALS, fake.deps, memory).getOrder('1').catch(() => undefined);
    expect(fake.requests.slice(2).every(signedOf)).toBe(true);
    expect(memory.sites.get('w1')).toEqual({ site: SITE, scheme: 'http' });
    // A list URL with its own parameters verifies too (after, dates_are_gmt, orderby, page…).
    expect(fake.requests.slice(1).every((r) => verifies(r))).toBe(true);
  });

  it('says so in the credential test when the key was accepted signed, and says nothing over Basic', async () => {
    const proxied = createWooClient(wooProfile(SITE), CREDENTIALS, fakeHttp([proxySite({ body: [] })]).deps);
    expect(await proxied.probeCredentials()).toEqual({ notice: { key: 'options.test.woocommerce-signed' } });
    const plain = createWooClient(wooProfile(SITE), CREDENTIALS, fakeHttp([{ body: [] }]).deps);
    expect(await plain.probeCredentials()).toBeUndefined();
  });

  it('a really refused key still fails: the signed retry answers "Consumer key is invalid."', async () => {
    const memory = inMemorySigning();
    const fake = fakeHttp([(r) => (signedOf(r) ? authError('Consumer key is invalid.') : cannotView())]);
    const failure = await failureOf(createWooClient(wooProfile(SITE), CREDENTIALS, fake.deps, memory).probeCredentials());
    expect(failure).toMatchObject({ kind: 'unauthorized', side: 'shop', httpStatus: 401, call: CALL_PROBE });
    expect(failure.detail).toContain('Consumer key is invalid.');
    expect(failure.detail).toContain('revoked');
    expect(fake.requests).toHaveLength(2);
    expect(memory.sites.size).toBe(0);
    expect(JSON.stringify(failure)).not.toContain(SECRET);
  });

  it('a wrong secret on a proxied site fails as refused (the signature cannot match)', async () => {
    const fake = fakeHttp([(r) => (signedOf(r) && verifies(r, 'cs_other') ? { body: wooOrder() } : signedOf(r) ? authError('Invalid signature - provided signature does not match.') : cannotView())]);
    const failure = await failureOf(createWooClient(wooProfile(SITE), CREDENTIALS, fake.deps).getOrder('727'));
    expect(failure).toMatchObject({ kind: 'unauthorized', httpStatus: 401 });
    expect(failure.detail).toContain('consumer secret');
  });

  it('does not retry a refusal WooCommerce states over Basic (wrong secret, no read permission)', async () => {
    for (const message of ['Consumer secret is invalid.', 'The API key provided does not have read permissions.']) {
      const fake = fakeHttp([authError(message)]);
      const failure = await failureOf(createWooClient(wooProfile(SITE), CREDENTIALS, fake.deps).getOrder('727'));
      expect(failure).toMatchObject({ kind: 'unauthorized', httpStatus: 401 });
      expect(fake.requests).toHaveLength(1);
    }
  });

  it('a site that now sees HTTPS again (the signed URL no longer matches) is asked with Basic and forgotten', async () => {
    const memory = inMemorySigning();
    await memory.remember('w1', SITE, 'http');
    const fake = fakeHttp([(r) => (signedOf(r) ? authError('Invalid signature - provided signature does not match.') : { body: wooOrder() })]);
    await createWooClient(wooProfile(SITE), CREDENTIALS, fake.deps, memory).getOrder('727');
    expect(fake.requests.map(signedOf)).toEqual([true, false]);
    expect(memory.sites.size).toBe(0);
  });

  it('a remembered site that refuses the key answers at once, without a Basic round', async () => {
    const memory = inMemorySigning();
    await memory.remember('w1', SITE, 'http');
    const fake = fakeHttp([authError('Consumer key is invalid.')]);
    expect(await failureOf(createWooClient(wooProfile(SITE), CREDENTIALS, fake.deps, memory).getOrder('727'))).toMatchObject({ kind: 'unauthorized' });
    expect(fake.requests).toHaveLength(1);
  });

  it('memory is per site address: another address of the same connection starts with Basic', async () => {
    const memory = inMemorySigning();
    await memory.remember('w1', 'https://old.example.nl', 'http');
    const fake = fakeHttp([{ body: wooOrder() }]);
    await createWooClient(wooProfile(SITE), CREDENTIALS, fake.deps, memory).getOrder('727');
    expect(fake.requests.map(signedOf)).toEqual([false]);
  });

  it("a clock off by more than 15 minutes is not a refused key: it is said as the clock's problem", async () => {
    const fake = fakeHttp([(r) => (signedOf(r) ? authError('Invalid timestamp.') : cannotView())]);
    const failure = await failureOf(createWooClient(wooProfile(SITE), CREDENTIALS, fake.deps).getOrder('727'));
    expect(failure.kind).not.toBe('unauthorized');
    expect(failure.detail).toContain('clock');
  });

  it('a nonce the site says it saw is replaced once with a fresh one', async () => {
    let signedCount = 0;
    const fake = fakeHttp([(r) => (!signedOf(r) ? cannotView() : ++signedCount === 1 ? authError('Invalid nonce - nonce has already been used.') : { body: wooOrder() })]);
    await createWooClient(wooProfile(SITE), CREDENTIALS, fake.deps).getOrder('727');
    const nonces = fake.requests.filter(signedOf).map((r) => new URL(r.url).searchParams.get('oauth_nonce'));
    expect(nonces).toHaveLength(2);
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('neither Basic nor signed accepted (both answered as anonymous): refused, naming the stripped header', async () => {
    const fake = fakeHttp([cannotView()]);
    const failure = await failureOf(createWooClient(wooProfile(SITE), CREDENTIALS, fake.deps).getOrder('727'));
    expect(failure).toMatchObject({ kind: 'unauthorized', httpStatus: 401 });
    expect(fake.requests).toHaveLength(2);
  });

  it('a wrong secret costs one more signed try, over https, and stays refused', async () => {
    const fake = fakeHttp([(r) => (signedOf(r) ? authError('Invalid signature - provided signature does not match.') : cannotView())]);
    const failure = await failureOf(createWooClient(wooProfile(SITE), CREDENTIALS, fake.deps).getOrder('727'));
    expect(failure).toMatchObject({ kind: 'unauthorized', httpStatus: 401 });
    expect(fake.requests.map(signedOf)).toEqual([false, true, true]);
  });
});

describe('WooCommerce on https whose server drops the Authorization header', () => {
  /** WordPress sees HTTPS (signs over https), but Basic never reaches it. */
  const droppingSite = (ok: FakeAnswer) => (r: RecordedRequest): FakeAnswer =>
    !signedOf(r) ? cannotView() : verifies(r, SECRET, 'https') ? ok : authError('Invalid signature - provided signature does not match.');

  it('is signed over https after the http signature does not match, remembered as such, and the test says why', async () => {
    const memory = inMemorySigning();
    const fake = fakeHttp([droppingSite({ body: [] })]);
    const client = createWooClient(wooProfile(SITE), CREDENTIALS, fake.deps, memory);
    expect(await client.probeCredentials()).toEqual({ notice: { key: 'options.test.woocommerce-signed-header' } });
    expect(fake.requests.map(signedOf)).toEqual([false, true, true]);
    expect(memory.sites.get('w1')).toEqual({ site: SITE, scheme: 'https' });
    await createWooClient(wooProfile(SITE), CREDENTIALS, fake.deps, memory).getOrder('1').catch(() => undefined);
    expect(fake.requests).toHaveLength(4);
    expect(fake.requests[3] && verifies(fake.requests[3], SECRET, 'https')).toBe(true);
  });
});

describe('a WordPress site in Dutch (WooCommerce translates its messages)', () => {
  const dutch = (message: string): FakeAnswer => ({ status: 401, body: wooError('woocommerce_rest_authentication_error', message, 401) });

  it('a refused key still fails, whatever the wording', async () => {
    const fake = fakeHttp([(r) => (signedOf(r) ? dutch('Consumentensleutel is ongeldig.') : cannotView())]);
    const failure = await failureOf(createWooClient(wooProfile(SITE), CREDENTIALS, fake.deps).getOrder('727'));
    expect(failure).toMatchObject({ kind: 'unauthorized', httpStatus: 401 });
    expect(fake.requests.map(signedOf)).toEqual([false, true, true]);
  });

  it('a server dropping the Authorization header is still signed over https', async () => {
    const fake = fakeHttp([(r) => (!signedOf(r) ? cannotView() : verifies(r, SECRET, 'https') ? { body: wooOrder() } : dutch('Ongeldige handtekening - opgegeven handtekening komt niet overeen.'))]);
    await createWooClient(wooProfile(SITE), CREDENTIALS, fake.deps).getOrder('727');
    expect(fake.requests.map(signedOf)).toEqual([false, true, true]);
  });

  it("a clock more than 15 minutes off (the answer's Date header) is the clock's problem, not a refused key", async () => {
    const siteClock = new Date(FAKE_NOW + 40 * 60_000).toUTCString();
    const fake = fakeHttp([(r) => ({ ...(signedOf(r) ? dutch('Ongeldige tijdstempel.') : cannotView()), headers: { date: siteClock } })]);
    const failure = await failureOf(createWooClient(wooProfile(SITE), CREDENTIALS, fake.deps).getOrder('727'));
    expect(failure.kind).toBe('malformed');
    expect(failure.detail).toContain('about 40 minutes');
  });

  it('a site whose clock agrees is not blamed on the clock', async () => {
    const fake = fakeHttp([(r) => ({ ...(signedOf(r) ? dutch('Consumentensleutel is ongeldig.') : cannotView()), headers: { date: new Date(FAKE_NOW + 60_000).toUTCString() } })]);
    expect(await failureOf(createWooClient(wooProfile(SITE), CREDENTIALS, fake.deps).getOrder('727'))).toMatchObject({ kind: 'unauthorized' });
  });
});
