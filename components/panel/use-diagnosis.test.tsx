// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DiagnoseTransport } from '../../lib/messaging/diagnose-client';
import { earlyResults, failingDiagnosis, fakeTransport, ORDER } from './test-fixtures';
import { applyEvent, useDiagnosis } from './use-diagnosis';

afterEach(cleanup);

function setup() {
  const fake = fakeTransport();
  const hook = renderHook(() => useDiagnosis(ORDER.orderId, fake.transport));
  return { ...fake, hook };
}

describe('useDiagnosis', () => {
  it('a new run disposes the old one and ignores its late events', () => {
    const { hook, runs } = setup();
    act(() => hook.result.current.start(false));
    act(() => hook.result.current.start(true));
    const [first, second] = runs;
    expect(first?.disposed).toBe(true);
    expect(second?.disposed).toBe(false);

    act(() => first?.emit({ type: 'result', diagnosis: failingDiagnosis() }));
    expect(hook.result.current.state).toMatchObject({ phase: 'running', run: 2, fresh: true });

    act(() => second?.emit({ type: 'progress', stage: 'reading-order', done: [] }));
    expect(hook.result.current.state).toMatchObject({ phase: 'running', stage: 'reading-order' });
  });

  it('disposes the run when it ends, and on unmount; events after that are ignored', () => {
    const { hook, runs } = setup();
    act(() => hook.result.current.start(false));
    act(() => runs[0]?.emit({ type: 'result', diagnosis: failingDiagnosis() }));
    expect(runs[0]?.disposed).toBe(true);
    expect(hook.result.current.state.phase).toBe('result');
    act(() => runs[0]?.emit({ type: 'unavailable', reason: { key: 'panel.worker-gone' }, failure: null }));
    expect(hook.result.current.state.phase).toBe('result');

    act(() => hook.result.current.start(true));
    hook.unmount();
    expect(runs[1]?.disposed).toBe(true);
    expect(() => runs[1]?.emit({ type: 'result', diagnosis: failingDiagnosis() })).not.toThrow();
  });

  it('copes with a transport that answers synchronously', () => {
    let disposed = 0;
    const eager: DiagnoseTransport = (_request, onEvent) => {
      onEvent({ type: 'unavailable', reason: { key: 'panel.bad-request' }, failure: null });
      return () => {
        disposed += 1;
      };
    };
    const hook = renderHook(() => useDiagnosis(ORDER.orderId, eager));
    act(() => hook.result.current.start(false));
    expect(hook.result.current.state).toMatchObject({ phase: 'unavailable', reason: { key: 'panel.bad-request' } });
    expect(disposed).toBe(1);
    hook.unmount();
    expect(disposed).toBe(1);
  });
});

describe('applyEvent', () => {
  const running = { phase: 'running' as const, run: 1, fresh: false, stage: null, done: [] };

  it('merges progress by check id', () => {
    const [one, three, six] = earlyResults();
    if (!one || !three || !six) throw new Error('fixture');
    const after = applyEvent(applyEvent(running, 1, { type: 'progress', stage: 'reading-order', done: [one, three] }), 1, {
      type: 'progress',
      stage: 'reading-accounting',
      done: [{ ...three, outcome: 'pass' }, six],
    });
    expect(after.phase === 'running' && after.done.map((r) => [r.id, r.outcome])).toEqual([[1, 'pass'], [3, 'pass'], [6, 'pass']]);
  });

  it('ignores events of another run and events after the end', () => {
    expect(applyEvent(running, 2, { type: 'progress', stage: 'reading-order', done: [] })).toBe(running);
    const ended = applyEvent(running, 1, { type: 'result', diagnosis: failingDiagnosis() });
    expect(applyEvent(ended, 1, { type: 'progress', stage: 'reading-order', done: [] })).toBe(ended);
  });
});
