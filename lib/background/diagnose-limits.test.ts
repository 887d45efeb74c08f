import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { admitDiagnosis, FRESH_WINDOW_MS, MAX_FRESH_PER_MINUTE, MAX_PER_WINDOW, WINDOW_MS, type SessionArea } from './diagnose-limits';

const area = (): SessionArea => fakeBrowser.storage.session as unknown as SessionArea;
const T0 = Date.parse('2026-12-04T10:00:00Z');

describe('admitDiagnosis (M4)', () => {
  it('a click storm from one tab is refused after the limit, with the time to wait', async () => {
    for (let i = 0; i < MAX_PER_WINDOW; i += 1) expect((await admitDiagnosis(area(), 7, false, T0 + i)).ok).toBe(true);
    expect(await admitDiagnosis(area(), 7, false, T0 + MAX_PER_WINDOW)).toEqual({ ok: false, retryAt: T0 + WINDOW_MS });
    expect((await admitDiagnosis(area(), 8, false, T0 + MAX_PER_WINDOW)).ok).toBe(true);
    expect((await admitDiagnosis(area(), 7, false, T0 + WINDOW_MS)).ok).toBe(true);
  });

  it('"Check again" drops the cache at most a few times a minute, then answers from it', async () => {
    const answers = [];
    for (let i = 0; i < MAX_FRESH_PER_MINUTE + 2; i += 1) answers.push(await admitDiagnosis(area(), 3, true, T0 + i * 1000));
    expect(answers.map((a) => a.ok && a.fresh)).toEqual([...Array(MAX_FRESH_PER_MINUTE).fill(true), false, false]);
    expect(await admitDiagnosis(area(), 3, true, T0 + FRESH_WINDOW_MS)).toEqual({ ok: true, fresh: true });
  });

  it('the counters survive a worker restart (they live in storage.session), and garbage there is ignored', async () => {
    for (let i = 0; i < MAX_PER_WINDOW; i += 1) await admitDiagnosis(area(), 5, false, T0);
    // A new worker has no memory of its own: only the session area remembers.
    expect((await admitDiagnosis(area(), 5, false, T0 + 1)).ok).toBe(false);
    await fakeBrowser.storage.session.set({ 'diagnose-limits:9': { all: 'nonsense' } });
    expect((await admitDiagnosis(area(), 9, false, T0)).ok).toBe(true);
  });
});
