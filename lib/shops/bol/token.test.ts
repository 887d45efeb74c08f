import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../net/errors';
import { ImportDoctorDb, replaceDbForTests } from '../../storage/db';
import { saveProfile } from '../../storage/profiles';
import { readSecret } from '../../storage/secrets';
import { fakeBol, TOKEN_LIFETIME_S } from './fake-bol';
import { BOL_TOKEN_REUSE_MARGIN_MS, BOL_TOKEN_URL } from './facts';
import { bolProfile, CREDENTIALS } from './fixtures';
import {
  basicAuthorization,
  BOL_TOKEN_KIND,
  createBolTokenCache,
  credentialsFingerprint,
  dexieTokenStore,
  memoryTokenStore,
  StoredBolTokenSchema,
  type BolTokenStore,
} from './token';

const LIFETIME_MS = TOKEN_LIFETIME_S * 1000;
const REUSE_MS = LIFETIME_MS - BOL_TOKEN_REUSE_MARGIN_MS;

async function failureOf(promise: Promise<unknown>) {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return (error as ApiError).failure;
}

describe('the token request', () => {
  it('POSTs client_credentials to login.bol.com with Basic auth and asks for JSON', async () => {
    const fake = fakeBol();
    const tokens = createBolTokenCache({ store: memoryTokenStore() });
    expect(await tokens.get('c1', CREDENTIALS, fake.http)).toBe('token-1');
    const [request] = fake.tokenRequests;
    expect(request?.url.href).toBe(BOL_TOKEN_URL);
    expect(request?.method).toBe('POST');
    expect(request?.headers.authorization).toBe(`Basic ${btoa('bol-client-id-1:bol-secret-xyz')}`);
    expect(request?.headers.accept).toBe('application/json');
  });

  it('encodes non-ASCII credentials as UTF-8', () => {
    expect(basicAuthorization({ clientId: 'é', clientSecret: '€' })).toBe(`Basic ${Buffer.from('é:€').toString('base64')}`);
  });

  it('turns refused credentials into an unauthorized failure on the shop side, without the secret', async () => {
    const fake = fakeBol();
    const tokens = createBolTokenCache({ store: memoryTokenStore() });
    const failure = await failureOf(tokens.get('c1', { clientId: 'bol-client-id-1', clientSecret: 'wrong' }, fake.http));
    expect(failure).toMatchObject({ kind: 'unauthorized', side: 'shop', httpStatus: 401, call: 'Bol.com POST login.bol.com/token' });
    expect(failure.detail).toContain('invalid_client');
    expect(JSON.stringify(failure)).not.toContain('wrong');
  });

  it('retries a 503 of the token endpoint (client credentials rotate nothing) and reads a numeric-string expires_in', async () => {
    const fake = fakeBol({
      token: (_r, n) =>
        n === 1
          ? { status: 503, body: 'down' }
          : { body: { access_token: 'late-token', token_type: 'Bearer', expires_in: '299', scope: 'RETAILER' } },
    });
    const tokens = createBolTokenCache({ store: memoryTokenStore() });
    expect(await tokens.get('c1', CREDENTIALS, fake.http)).toBe('late-token');
    expect(fake.tokenRequests).toHaveLength(2);
  });

  it('calls a token answer without access_token or expires_in malformed', async () => {
    const fake = fakeBol({ token: () => ({ body: { token_type: 'Bearer', expires_in: 299 } }) });
    const failure = await failureOf(createBolTokenCache({ store: memoryTokenStore() }).get('c1', CREDENTIALS, fake.http));
    expect(failure.kind).toBe('malformed');
  });
});

describe('token reuse: one token request per token lifetime per connection', () => {
  it('reuses the token until shortly before it expires, then asks once for the next', async () => {
    const fake = fakeBol();
    const tokens = createBolTokenCache({ store: memoryTokenStore() });
    for (let t = 0; t < REUSE_MS; t += 10_000) {
      fake.clock.now = Date.parse('2024-06-21T08:00:00Z') + t;
      expect(await tokens.get('c1', CREDENTIALS, fake.http)).toBe('token-1');
    }
    expect(fake.tokenRequests).toHaveLength(1);
    fake.advance(BOL_TOKEN_REUSE_MARGIN_MS); // now inside the margin
    expect(await tokens.get('c1', CREDENTIALS, fake.http)).toBe('token-2');
    expect(await tokens.get('c1', CREDENTIALS, fake.http)).toBe('token-2');
    expect(fake.tokenRequests).toHaveLength(2);
  });

  it('counts the lifetime from when the request was sent, and caps an absurd expires_in', async () => {
    const fake = fakeBol({ token: () => ({ body: { access_token: 'long', expires_in: 86_400 * 30 } }) });
    const store = memoryTokenStore();
    await createBolTokenCache({ store }).get('c1', CREDENTIALS, fake.http);
    expect(store.rows.get('c1')?.expiresAt).toBe(fake.clock.now + 3_600_000);
  });

  it('lets concurrent callers share one token request', async () => {
    const fake = fakeBol();
    const tokens = createBolTokenCache({ store: memoryTokenStore() });
    const got = await Promise.all(Array.from({ length: 20 }, () => tokens.get('c1', CREDENTIALS, fake.http)));
    expect(new Set(got)).toEqual(new Set(['token-1']));
    expect(fake.tokenRequests).toHaveLength(1);
  });

  it('keeps one token per connection', async () => {
    const fake = fakeBol();
    const tokens = createBolTokenCache({ store: memoryTokenStore() });
    const [a, b] = await Promise.all([tokens.get('c1', CREDENTIALS, fake.http), tokens.get('c2', CREDENTIALS, fake.http)]);
    expect(a).not.toBe(b);
    await tokens.get('c1', CREDENTIALS, fake.http);
    await tokens.get('c2', CREDENTIALS, fake.http);
    expect(fake.tokenRequests).toHaveLength(2);
  });

  it('never lends a token to other credentials (a credential test gets a token of its own)', async () => {
    const fake = fakeBol();
    const tokens = createBolTokenCache({ store: memoryTokenStore() });
    await tokens.get('c1', CREDENTIALS, fake.http);
    await failureOf(tokens.get('c1', { ...CREDENTIALS, clientSecret: 'new-but-wrong' }, fake.http));
    expect(fake.tokenRequests).toHaveLength(2);
  });

  it('survives a worker restart through the store: the new worker reuses the stored token', async () => {
    const fake = fakeBol();
    const store = memoryTokenStore();
    await createBolTokenCache({ store }).get('c1', CREDENTIALS, fake.http);
    fake.advance(60_000);
    const restarted = createBolTokenCache({ store });
    expect(await restarted.get('c1', CREDENTIALS, fake.http)).toBe('token-1');
    expect(fake.tokenRequests).toHaveLength(1);
    expect(store.rows.get('c1')?.credentials).toBe(await credentialsFingerprint(CREDENTIALS));
    expect(JSON.stringify([...store.rows.values()])).not.toContain(CREDENTIALS.clientSecret);
  });

  it('works on when the store fails (the cache is an optimisation)', async () => {
    const fake = fakeBol();
    const broken: BolTokenStore = {
      read: () => Promise.reject(new Error('IndexedDB gone')),
      write: () => Promise.reject(new Error('IndexedDB gone')),
      remove: () => Promise.reject(new Error('IndexedDB gone')),
    };
    const tokens = createBolTokenCache({ store: broken });
    expect(await tokens.get('c1', CREDENTIALS, fake.http)).toBe('token-1');
    expect(await tokens.get('c1', CREDENTIALS, fake.http)).toBe('token-1');
    expect(fake.tokenRequests).toHaveLength(1);
  });
});

describe('renew after a 401', () => {
  it('gets one new token for all callers refused with the same token', async () => {
    const fake = fakeBol();
    const tokens = createBolTokenCache({ store: memoryTokenStore() });
    const first = await tokens.get('c1', CREDENTIALS, fake.http);
    const renewed = await Promise.all(Array.from({ length: 5 }, () => tokens.renew('c1', CREDENTIALS, fake.http, first)));
    expect(new Set(renewed)).toEqual(new Set(['token-2']));
    expect(fake.tokenRequests).toHaveLength(2);
    // A late caller still holding the refused token gets the new one without another request.
    expect(await tokens.renew('c1', CREDENTIALS, fake.http, first)).toBe('token-2');
    expect(fake.tokenRequests).toHaveLength(2);
  });

  it('does not take the refused token back from the store', async () => {
    const fake = fakeBol();
    const store = memoryTokenStore();
    const first = await createBolTokenCache({ store }).get('c1', CREDENTIALS, fake.http);
    const other = createBolTokenCache({ store });
    expect(await other.renew('c1', CREDENTIALS, fake.http, first)).toBe('token-2');
    expect(store.rows.get('c1')?.accessToken).toBe('token-2');
  });

  it('forgets the stored token when the credentials are refused', async () => {
    let refuse = false;
    const fake = fakeBol({ token: () => (refuse ? { status: 401, body: { error: 'invalid_client' } } : null) });
    const store = memoryTokenStore();
    const tokens = createBolTokenCache({ store });
    const first = await tokens.get('c1', CREDENTIALS, fake.http);
    refuse = true;
    expect((await failureOf(tokens.renew('c1', CREDENTIALS, fake.http, first))).kind).toBe('unauthorized');
    expect(store.rows.has('c1')).toBe(false);
  });
});

/** Lets the scheduler release fetches one at a time, in its chosen order, until `all` settle. */
async function drive<T>(s: fc.Scheduler, all: Promise<T>): Promise<T> {
  let done = false;
  const settled = all.finally(() => {
    done = true;
  });
  settled.catch(() => undefined);
  while (!done) {
    // Fingerprints use WebCrypto, which settles on a later turn: wait for work to be scheduled.
    if (s.count() > 0) await s.waitOne();
    else await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return all;
}

describe('single flight under any interleaving (property)', () => {
  it('any mix of concurrent get and renew calls costs one token request, plus one for the refused token', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(fc.constantFrom('get', 'renew'), { minLength: 1, maxLength: 8 }), async (s, calls) => {
        const fake = fakeBol();
        const http = { ...fake.http, fetch: s.scheduleFunction(fake.http.fetch) as typeof fetch };
        const tokens = createBolTokenCache({ store: memoryTokenStore() });
        const first = await drive(s, tokens.get('c1', CREDENTIALS, http));
        const running = calls.map((call) => (call === 'get' ? tokens.get('c1', CREDENTIALS, http) : tokens.renew('c1', CREDENTIALS, http, first)));
        const got = await drive(s, Promise.all(running));
        const renews = calls.filter((c) => c === 'renew').length;
        expect(fake.tokenRequests).toHaveLength(renews > 0 ? 2 : 1);
        for (const [i, call] of calls.entries()) if (call === 'renew') expect(got[i]).not.toBe(first);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the IndexedDB store', () => {
  beforeEach(() => {
    replaceDbForTests(new ImportDoctorDb(`test-${Math.random().toString(36).slice(2)}`));
  });

  it('keeps the token of a saved connection, as a secret of kind bol-token', async () => {
    await saveProfile(bolProfile('c1'));
    const fake = fakeBol();
    await createBolTokenCache({ store: dexieTokenStore }).get('c1', CREDENTIALS, fake.http);
    const stored = await readSecret('c1', BOL_TOKEN_KIND, StoredBolTokenSchema);
    expect(stored?.accessToken).toBe('token-1');
    // A fresh worker (new cache) finds it there.
    expect(await createBolTokenCache({ store: dexieTokenStore }).get('c1', CREDENTIALS, fake.http)).toBe('token-1');
    expect(fake.tokenRequests).toHaveLength(1);
    await dexieTokenStore.remove('c1', 'some-other-token');
    expect(await readSecret('c1', BOL_TOKEN_KIND, StoredBolTokenSchema)).not.toBeNull();
    await dexieTokenStore.remove('c1', 'token-1');
    expect(await readSecret('c1', BOL_TOKEN_KIND, StoredBolTokenSchema)).toBeNull();
  });

  it('leaves nothing behind for a connection that is not saved (a credential test before saving)', async () => {
    const fake = fakeBol();
    await createBolTokenCache({ store: dexieTokenStore }).get('unsaved', CREDENTIALS, fake.http);
    expect(await readSecret('unsaved', BOL_TOKEN_KIND, StoredBolTokenSchema)).toBeNull();
  });
});
