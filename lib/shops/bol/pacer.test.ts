import { describe, expect, it } from 'vitest';
import { createPacer } from './pacer';

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
