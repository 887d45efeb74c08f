import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../net/errors';
import { readSecret, writeSecret } from '../../storage/secrets';
import { FAKE_HOST, START_MS, createFakeExact, type FakeExact } from './test-support/fake-exact';
import { CONNECTION_ID, connectFake, freshDb } from './test-support/setup';
import {
  EXACT_TOKENS_KIND,
  ExactTokensSchema,
  REFRESH_REFUSED_DETAIL,
  compareAndSwapTokens,
  createTokenManager,
  readTokens,
  type LockManagerLike,
  type TokenManagerDeps,
} from './tokens';

function manager(fake: FakeExact, extra: Partial<TokenManagerDeps> = {}) {
  return createTokenManager({ http: fake.http, now: () => fake.clock.now, locks: null, flights: new Map(), ...extra });
}

async function failureOf(promise: Promise<unknown>) {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return (error as ApiError).failure;
}

/** A Web Locks stand-in shared by two "contexts": FIFO, one holder per name. */
function sharedLocks(): LockManagerLike {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      const previous = tails.get(name) ?? Promise.resolve();
      const run = previous.then(callback, callback);
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
}

let fake: FakeExact;

beforeEach(async () => {
  freshDb();
  fake = createFakeExact();
  await connectFake(fake);
});

describe('getAccessToken', () => {
  it('uses a valid token without asking the token endpoint', async () => {
    const tokens = manager(fake);
    fake.advance(500_000);
    expect(await tokens.getAccessToken(CONNECTION_ID, FAKE_HOST)).toBe('access-1');
    expect(fake.tokenRequests()).toHaveLength(0);
  });

  it('refreshes once the token is within 30 s of expiry, and saves the new pair before returning it', async () => {
    const tokens = manager(fake);
    fake.advance(575_000);
    const token = await tokens.getAccessToken(CONNECTION_ID);
    expect(token).toBe('access-2');
    const stored = await readTokens(CONNECTION_ID);
    expect(stored).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2', generation: 2, host: FAKE_HOST });
    expect(stored?.expiresAt).toBe(fake.clock.now + 600_000);
    const form = new URLSearchParams(fake.tokenRequests()[0]?.body);
    expect(Object.fromEntries(form)).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'refresh-1',
      client_id: 'client-id-1',
      client_secret: 'client-secret-1',
    });
    expect(fake.violations).toEqual([]);
  });

  it('accepts expires_in as a number too', async () => {
    fake.expiresInAsNumber = true;
    fake.advance(600_000);
    expect(await manager(fake).getAccessToken(CONNECTION_ID)).toBe('access-2');
  });

  it('rotates: each refresh uses the newest refresh token, never an old one', async () => {
    const tokens = manager(fake);
    for (let round = 2; round <= 6; round += 1) {
      fake.advance(600_000);
      expect(await tokens.getAccessToken(CONNECTION_ID)).toBe(`access-${round}`);
      expect((await readTokens(CONNECTION_ID))?.refreshToken).toBe(fake.currentRefreshToken);
    }
    const used = fake.tokenRequests().map((r) => new URLSearchParams(r.body).get('refresh_token'));
    expect(used).toEqual(['refresh-1', 'refresh-2', 'refresh-3', 'refresh-4', 'refresh-5']);
    expect(fake.violations).toEqual([]);
  });

  it('never refreshes earlier than 570 s after the last token, second by second (T2)', async () => {
    const tokens = manager(fake);
    for (let second = 0; second <= 1800; second += 5) {
      await tokens.getAccessToken(CONNECTION_ID);
      fake.advance(5_000);
    }
    // The fake answers TooEarlyToRefreshTokens (and records a violation) for any early refresh.
    expect(fake.violations).toEqual([]);
    const times = [START_MS, ...fake.tokenRequests().map((r) => r.at)];
    expect(times).toHaveLength(4);
    for (let i = 1; i < times.length; i += 1) expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(570_000);
  });

  it('with a short-lived token, keeps using it rather than refreshing before 570 s', async () => {
    const stored = await readTokens(CONNECTION_ID);
    if (!stored) throw new Error('no tokens');
    await writeSecret(CONNECTION_ID, EXACT_TOKENS_KIND, ExactTokensSchema, { ...stored, expiresAt: stored.issuedAt + 300_000 });
    const tokens = manager(fake);
    fake.advance(280_000);
    expect(await tokens.getAccessToken(CONNECTION_ID)).toBe('access-1');
    fake.advance(30_000);
    const failure = await failureOf(tokens.getAccessToken(CONNECTION_ID));
    expect(failure.kind).toBe('unauthorized');
    expect(fake.tokenRequests()).toHaveLength(0);
  });

  it('says not-connected when no tokens are stored', async () => {
    freshDb();
    const failure = await failureOf(manager(fake).getAccessToken(CONNECTION_ID));
    expect(failure).toMatchObject({ kind: 'not-connected', side: 'accounting' });
  });

  it('says not-connected when the tokens belong to another Exact host', async () => {
    const failure = await failureOf(manager(fake).getAccessToken(CONNECTION_ID, 'start.exactonline.be'));
    expect(failure.kind).toBe('not-connected');
  });
});

describe('refused refresh token', () => {
  it('invalid_grant: deletes the tokens and says unauthorized; no further token calls (T4)', async () => {
    fake.revokeRefresh();
    fake.advance(600_000);
    const tokens = manager(fake);
    const failure = await failureOf(tokens.getAccessToken(CONNECTION_ID));
    expect(failure).toMatchObject({ kind: 'unauthorized', side: 'accounting', detail: REFRESH_REFUSED_DETAIL });
    expect(await readTokens(CONNECTION_ID)).toBeNull();
    expect((await failureOf(tokens.getAccessToken(CONNECTION_ID))).kind).toBe('not-connected');
    expect(fake.tokenRequests()).toHaveLength(1);
  });

  it('re-reads once: a pair rotated meanwhile by another holder is used, not deleted', async () => {
    fake.advance(600_000);
    const tokens = manager(fake);
    fake.intercept = async (request) => {
      if (request.route !== 'token') return undefined;
      fake.intercept = null;
      // Another context refreshes first and saves its pair; our request then spends a dead token.
      const pair = fake.issuePair();
      await writeSecret(CONNECTION_ID, EXACT_TOKENS_KIND, ExactTokensSchema, { ...pair, host: FAKE_HOST, generation: 2 });
      return new Response(JSON.stringify({ error: 'invalid_grant' }), { status: 400 });
    };
    expect(await tokens.getAccessToken(CONNECTION_ID)).toBe('access-2');
    expect((await readTokens(CONNECTION_ID))?.refreshToken).toBe('refresh-2');
  });

  it('TooEarlyToRefreshTokens keeps the tokens and backs off', async () => {
    fake.advance(575_000);
    const stored = await readTokens(CONNECTION_ID);
    if (!stored) throw new Error('no tokens');
    // Our clock thinks 575 s passed; Exact's says fewer (a skew).
    fake.intercept = (request) =>
      request.route === 'token'
        ? new Response(JSON.stringify({ error: 'access_denied', error_description: 'Rate limit exceeded: access_token not expired' }), {
            status: 400,
            headers: { Reason: 'TooEarlyToRefreshTokens: Rate limit exceeded: access_token not expired' },
          })
        : undefined;
    const tokens = manager(fake);
    expect(await tokens.getAccessToken(CONNECTION_ID)).toBe('access-1');
    expect(await readTokens(CONNECTION_ID)).toEqual(stored);
    await tokens.getAccessToken(CONNECTION_ID);
    expect(fake.tokenRequests()).toHaveLength(1);
  });

  it('a server error leaves the tokens alone and is not retried', async () => {
    fake.advance(600_000);
    fake.intercept = (request) => (request.route === 'token' ? new Response('oops', { status: 503 }) : undefined);
    const failure = await failureOf(manager(fake).getAccessToken(CONNECTION_ID));
    expect(failure.kind).toBe('server');
    expect(fake.tokenRequests()).toHaveLength(1);
    expect((await readTokens(CONNECTION_ID))?.refreshToken).toBe('refresh-1');
  });
});

describe('a refresh answer that is lost (T3)', () => {
  it('ends in a clear re-auth state, not a loop', async () => {
    fake.advance(600_000);
    fake.intercept = (request) => {
      if (request.route !== 'token') return undefined;
      fake.intercept = null;
      fake.issuePair(); // Exact rotated…
      throw new TypeError('network connection lost'); // …but the answer never arrived.
    };
    const tokens = manager(fake);
    expect((await failureOf(tokens.getAccessToken(CONNECTION_ID))).kind).toBe('offline');
    expect((await readTokens(CONNECTION_ID))?.refreshToken).toBe('refresh-1');
    // Later, the next attempt can only spend the old token; Exact refuses it and we stop.
    fake.advance(600_000);
    const failure = await failureOf(tokens.getAccessToken(CONNECTION_ID));
    expect(failure).toMatchObject({ kind: 'unauthorized', detail: REFRESH_REFUSED_DETAIL });
    expect(await readTokens(CONNECTION_ID)).toBeNull();
    expect((await failureOf(tokens.getAccessToken(CONNECTION_ID))).kind).toBe('not-connected');
    expect(fake.tokenRequests()).toHaveLength(2);
    expect(fake.violations).toEqual(['old refresh token reused: refresh-1']);
  });

  it('an immediate retry after the lost answer gets "too early": tokens kept, one backoff', async () => {
    fake.advance(600_000);
    fake.intercept = (request) => {
      if (request.route !== 'token') return undefined;
      fake.intercept = null;
      fake.issuePair();
      throw new TypeError('network connection lost');
    };
    const tokens = manager(fake);
    await failureOf(tokens.getAccessToken(CONNECTION_ID));
    expect((await failureOf(tokens.getAccessToken(CONNECTION_ID))).kind).toBe('rate-limited');
    expect((await failureOf(tokens.getAccessToken(CONNECTION_ID))).kind).toBe('rate-limited');
    expect(fake.tokenRequests()).toHaveLength(2);
    expect((await readTokens(CONNECTION_ID))?.refreshToken).toBe('refresh-1');
  });
});

describe('refreshAfterUnauthorized', () => {
  it('refuses to refresh a token younger than 570 s: unauthorized, no token call', async () => {
    fake.advance(100_000);
    const failure = await failureOf(manager(fake).refreshAfterUnauthorized(CONNECTION_ID, 'access-1', 'Exact GET vat/VATCodes'));
    expect(failure).toMatchObject({ kind: 'unauthorized', call: 'Exact GET vat/VATCodes', httpStatus: 401 });
    expect(fake.tokenRequests()).toHaveLength(0);
  });

  it('refreshes after 570 s', async () => {
    fake.advance(571_000);
    expect(await manager(fake).refreshAfterUnauthorized(CONNECTION_ID, 'access-1')).toBe('access-2');
    expect(fake.violations).toEqual([]);
  });

  it('hands out the newer stored token when someone already refreshed', async () => {
    fake.advance(600_000);
    const tokens = manager(fake);
    await tokens.getAccessToken(CONNECTION_ID);
    expect(await tokens.refreshAfterUnauthorized(CONNECTION_ID, 'access-1')).toBe('access-2');
    expect(fake.tokenRequests()).toHaveLength(1);
  });
});

describe('single flight (T1)', () => {
  it('N concurrent callers after expiry cause exactly one token request (property, scheduler)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 600_000 }), async (s, callers, late) => {
        freshDb();
        fake = createFakeExact();
        await connectFake(fake);
        fake.advance(600_000 + late);
        const http = { ...fake.http, fetch: s.scheduleFunction(fake.http.fetch) };
        const tokens = manager(fake, { http });
        const calls = Array.from({ length: callers }, (_, i) =>
          s.schedule(Promise.resolve(i), `caller ${i}`).then(() => tokens.getAccessToken(CONNECTION_ID)),
        );
        const results = await s.waitFor(Promise.all(calls));
        expect(fake.tokenRequests()).toHaveLength(1);
        expect(new Set(results)).toEqual(new Set(['access-2']));
        const stored = await readSecret(CONNECTION_ID, EXACT_TOKENS_KIND, ExactTokensSchema);
        expect(stored?.refreshToken).toBe(fake.currentRefreshToken);
        expect(stored?.refreshToken).toBe('refresh-2');
        expect(fake.violations).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('two contexts (separate in-flight maps) sharing a Web Lock refresh once (property, scheduler)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 }), async (s, inA, inB) => {
        freshDb();
        fake = createFakeExact();
        await connectFake(fake);
        fake.advance(600_000);
        const locks = sharedLocks();
        const http = { ...fake.http, fetch: s.scheduleFunction(fake.http.fetch) };
        const a = manager(fake, { http, locks });
        const b = manager(fake, { http, locks });
        const calls = [
          ...Array.from({ length: inA }, (_, i) => s.schedule(Promise.resolve(i), `A${i}`).then(() => a.getAccessToken(CONNECTION_ID))),
          ...Array.from({ length: inB }, (_, i) => s.schedule(Promise.resolve(i), `B${i}`).then(() => b.getAccessToken(CONNECTION_ID))),
        ];
        const results = await s.waitFor(Promise.all(calls));
        expect(fake.tokenRequests()).toHaveLength(1);
        expect(new Set(results)).toEqual(new Set(['access-2']));
        expect((await readTokens(CONNECTION_ID))?.refreshToken).toBe(fake.currentRefreshToken);
        expect(fake.violations).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('a pair is saved only over the generation it was refreshed from (compare-and-swap)', async () => {
    const stored = await readTokens(CONNECTION_ID);
    if (!stored) throw new Error('no tokens');
    const late = { ...stored, accessToken: 'late', refreshToken: 'late', generation: 2 };
    expect(await compareAndSwapTokens(CONNECTION_ID, 0, late)).toBe(false);
    expect(await readTokens(CONNECTION_ID)).toEqual(stored);
    expect(await compareAndSwapTokens(CONNECTION_ID, 1, late)).toBe(true);
    expect((await readTokens(CONNECTION_ID))?.refreshToken).toBe('late');
  });
});
