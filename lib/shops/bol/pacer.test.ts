import { describe, expect, it } from 'vitest';
import { ApiError } from '../../net/errors';
import { createGate, createPacer } from './pacer';

/** A clock that only moves when the pacer sleeps. */
function clock() {
  const state = { now: 1_000_000, slept: [] as number[] };
  return Object.assign(state, {
    http: {
      now: () => state.now,
      sleep: async (ms: number) => {
        state.slept.push(ms);
        state.now += ms;
      },
    },
  });
}

const answer = (remaining: number, reset: number) => new Response('{}', { headers: { 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': String(reset) } });

describe('the bol pacer', () => {
  it('lets calls through while the last answer left room for them and the ones under way', async () => {
    const c = clock();
    const pacer = createPacer(c.http);
    await pacer.ready();
    pacer.done(answer(3, 1));
    await Promise.all([pacer.ready(), pacer.ready(), pacer.ready()]);
    expect(c.slept).toEqual([]);
  });

  it('waits for the refill when the window is used up, then goes on', async () => {
    const c = clock();
    const pacer = createPacer(c.http);
    await pacer.ready();
    pacer.done(answer(1, 1)); // one call left in this second
    await pacer.ready(); // takes it, without waiting
    expect(c.slept).toEqual([]);
    await pacer.ready(); // none left: waits for the refill
    expect(c.slept).toEqual([1000]);
  });

  it('ignores answers without the headers, and a failed call frees its place', async () => {
    const c = clock();
    const pacer = createPacer(c.http);
    await pacer.ready();
    pacer.done(new Response('{}'));
    await pacer.ready();
    pacer.done(null);
    await pacer.ready();
    expect(c.slept).toEqual([]);
  });
});

describe('the bol list gate', () => {
  it('lets calls through while the window has room, then refuses as rate-limited until the refill, without a call', async () => {
    const c = clock();
    const gate = createGate(c.http, 'Bol.com GET retailer/orders');
    await gate.ready();
    gate.done(answer(1, 40));
    await gate.ready();
    gate.done(answer(0, 30));
    const refused: unknown = await gate.ready().then(() => null, (e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).failure).toMatchObject({ kind: 'rate-limited', side: 'shop', retryAt: new Date(c.now + 30_000).toISOString() });
    c.now += 30_000;
    await expect(gate.ready()).resolves.toBeUndefined();
    // No headers (a failure): it goes by what it knew.
    gate.done(null);
    await expect(gate.ready()).resolves.toBeUndefined();
  });
});
