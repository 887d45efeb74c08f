import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from './errors';
import { requestJson, type HttpDeps } from './http';
import { WriteRefusedError } from './read-only';

const Schema = z.object({ value: z.number() });

function depsAnswering(...answers: Array<Response | Error>): HttpDeps & { calls: number; slept: number[] } {
  const state = { calls: 0, slept: [] as number[] };
  return Object.assign(state, {
    fetch: vi.fn(async () => {
      const next = answers[Math.min(state.calls, answers.length - 1)];
      state.calls += 1;
      if (next instanceof Error) throw next;
      return next!.clone();
    }),
    sleep: async (ms: number) => {
      state.slept.push(ms);
    },
    random: () => 0.5,
    now: () => Date.parse('2026-11-25T10:00:00Z'),
  });
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const base = { side: 'shop' as const, call: 'Test GET thing', url: 'https://api.example.test/thing', schema: Schema };

async function failureOf(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return (error as ApiError).failure;
}

describe('requestJson', () => {
  it('H4: never follows a redirect, so key headers cannot travel to another host (regression)', async () => {
    const deps = depsAnswering(new Response(null, { status: 307, headers: { location: 'https://evil.example/steal' } }));
    const failure = await failureOf(requestJson({ ...base, headers: { 'X-Shopify-Access-Token': 'shpat_secret' } }, deps));
    expect(failure).toMatchObject({ kind: 'redirected', httpStatus: 307 });
    expect(deps.calls).toBe(1);
    expect(vi.mocked(deps.fetch).mock.calls[0]![1]).toMatchObject({ redirect: 'manual' });
  });

  it('H4: a browser\'s opaque redirect is refused the same way', async () => {
    const opaque = Object.assign(new Response(null, { status: 200 }), {});
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    Object.defineProperty(opaque, 'status', { value: 0 });
    const deps = { ...depsAnswering(), fetch: vi.fn(async () => opaque) };
    expect(await failureOf(requestJson(base, deps))).toMatchObject({ kind: 'redirected', httpStatus: null });
  });

  it('S5: a provider\'s error text is scrubbed and clipped before it leaves the network layer', async () => {
    const deps = depsAnswering(json({ error: `bad client_secret=topsecret1 ${'x'.repeat(3000)}` }, 400));
    const failure = await failureOf(requestJson(base, deps));
    expect(failure.detail).not.toContain('topsecret1');
    expect(failure.detail.length).toBeLessThanOrEqual(1000);
  });

  it('parses a good answer', async () => {
    const deps = depsAnswering(json({ value: 3 }));
    await expect(requestJson(base, deps)).resolves.toMatchObject({ data: { value: 3 }, status: 200 });
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
  ] as const)('maps %i to %s without retrying', async (status, kind) => {
    const deps = depsAnswering(json({ error: 'x' }, status));
    expect(await failureOf(requestJson(base, deps))).toMatchObject({ kind, httpStatus: status, side: 'shop', call: 'Test GET thing' });
    expect(deps.calls).toBe(1);
  });

  it('retries a 429 after its Retry-After, then succeeds', async () => {
    const deps = depsAnswering(json({}, 429, { 'retry-after': '2' }), json({ value: 1 }));
    await expect(requestJson(base, deps)).resolves.toMatchObject({ data: { value: 1 } });
    expect(deps.slept).toEqual([2000]);
  });

  it('gives up on a 429 whose wait is longer than the worker may sleep', async () => {
    const deps = depsAnswering(json({}, 429, { 'retry-after': '3600' }));
    // The caller learns when it may ask again (the reconciliation pauses until then).
    expect(await failureOf(requestJson(base, deps))).toMatchObject({ kind: 'rate-limited', retryAt: '2026-11-25T11:00:00.000Z' });
    expect(deps.calls).toBe(1);
  });

  it('retries a single 5xx, and ends in server after the retries are spent', async () => {
    const once = depsAnswering(new Response('<html>oops</html>', { status: 503 }), json({ value: 2 }));
    await expect(requestJson(base, once)).resolves.toMatchObject({ data: { value: 2 } });
    const always = depsAnswering(new Response('<html>oops</html>', { status: 500 }));
    expect(await failureOf(requestJson(base, always))).toMatchObject({ kind: 'server', httpStatus: 500 });
    expect(always.calls).toBe(4);
  });

  it('names HTML and truncated JSON as malformed, never as data', async () => {
    expect(await failureOf(requestJson(base, depsAnswering(new Response('<!DOCTYPE html><p>login</p>'))))).toMatchObject({ kind: 'malformed' });
    expect(await failureOf(requestJson(base, depsAnswering(new Response('{"value": 1'))))).toMatchObject({ kind: 'malformed' });
    expect(await failureOf(requestJson(base, depsAnswering(json({ value: 'one' }))))).toMatchObject({ kind: 'malformed' });
  });

  it('retries a network error on reads but not on token requests', async () => {
    const read = depsAnswering(new TypeError('fetch failed'), json({ value: 1 }));
    await expect(requestJson(base, read)).resolves.toBeTruthy();
    const token = depsAnswering(new TypeError('fetch failed'), json({ value: 1 }));
    const tokenReq = { ...base, method: 'POST' as const, purpose: 'token' as const, body: 'grant_type=x' };
    expect(await failureOf(requestJson(tokenReq, token))).toMatchObject({ kind: 'offline' });
    expect(token.calls).toBe(1);
  });

  it('times out a hang into a timeout failure, without retrying it', async () => {
    const deps: HttpDeps = {
      fetch: (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
      sleep: async () => {},
      random: () => 0,
      now: () => 0,
    };
    expect(await failureOf(requestJson({ ...base, timeoutMs: 50 }, deps))).toMatchObject({ kind: 'timeout', httpStatus: null });
  });

  it('honours a throttle signal inside a 200 body', async () => {
    const deps = depsAnswering(json({ throttled: true }), json({ value: 5 }));
    const result = await requestJson({ ...base, throttledWait: (body) => (typeof body === 'object' && body && 'throttled' in body ? 1500 : null) }, deps);
    expect(result.data.value).toBe(5);
    expect(deps.slept).toEqual([1500]);
  });

  it('refuses a write before it reaches the network', async () => {
    const deps = depsAnswering(json({ value: 1 }));
    await expect(requestJson({ ...base, method: 'POST', body: '{}' }, deps)).rejects.toBeInstanceOf(WriteRefusedError);
    expect(deps.calls).toBe(0);
  });

  it('only ever throws ApiError for arbitrary answers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 200, max: 599 }), fc.string(), async (status, body) => {
        const deps = depsAnswering(new Response(status === 204 || status === 205 || status === 304 ? null : body, { status }));
        const outcome = await requestJson(base, deps).then(() => 'ok', (e: unknown) => e);
        return outcome === 'ok' || outcome instanceof ApiError;
      }),
      { numRuns: 150 },
    );
  });
});
