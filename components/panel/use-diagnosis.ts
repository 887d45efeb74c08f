import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckResult } from '../../lib/checks/types';
import type { Message } from '../../lib/i18n/message';
import type { DiagnoseTransport } from '../../lib/messaging/diagnose-client';
import type { DiagnoseEvent, Diagnosis } from '../../lib/messaging/schemas';
import type { Failure } from '../../lib/model/fetched';

export type Stage = Extract<DiagnoseEvent, { type: 'progress' }>['stage'];

/** What the panel shows; `run` numbers each start, so stale events and old row state drop out. */
export type DiagnosisState =
  | { phase: 'idle' }
  | { phase: 'running'; run: number; fresh: boolean; stage: Stage | null; done: CheckResult[] }
  | { phase: 'result'; run: number; diagnosis: Diagnosis }
  | { phase: 'unavailable'; run: number; reason: Message; failure: Failure | null };

/** Pure: the state after one event of run `run`. Events of another run, or after the end, change nothing. */
export function applyEvent(state: DiagnosisState, run: number, event: DiagnoseEvent): DiagnosisState {
  if (state.phase !== 'running' || state.run !== run) return state;
  switch (event.type) {
    case 'progress':
      return { ...state, stage: event.stage, done: mergeById(state.done, event.done) };
    case 'result':
      return { phase: 'result', run, diagnosis: event.diagnosis };
    case 'unavailable':
      return { phase: 'unavailable', run, reason: event.reason, failure: event.failure };
  }
}

function mergeById(known: CheckResult[], incoming: CheckResult[]): CheckResult[] {
  const byId = new Map(known.map((r) => [r.id, r]));
  for (const r of incoming) byId.set(r.id, r);
  return [...byId.values()];
}

interface ActiveRun {
  dispose: (() => void) | null;
  finished: boolean;
}

/**
 * Runs diagnoses over the given transport. Starting a run disposes the previous one; the end of a
 * run (result or unavailable) and unmounting dispose too; events of a disposed run are ignored.
 */
export function useDiagnosis(orderId: string, transport: DiagnoseTransport) {
  const [state, setState] = useState<DiagnosisState>({ phase: 'idle' });
  const active = useRef<ActiveRun | null>(null);
  const runs = useRef(0);

  const stop = useCallback(() => {
    const current = active.current;
    active.current = null;
    current?.dispose?.();
  }, []);

  useEffect(() => stop, [stop]);

  const start = useCallback(
    (fresh: boolean) => {
      stop();
      runs.current += 1;
      const run = runs.current;
      const slot: ActiveRun = { dispose: null, finished: false };
      active.current = slot;
      setState({ phase: 'running', run, fresh, stage: null, done: [] });
      const onEvent = (event: DiagnoseEvent) => {
        if (active.current !== slot) return;
        setState((prev) => applyEvent(prev, run, event));
        if (event.type === 'progress') return;
        // The run is over: release the port (it keeps the worker awake otherwise).
        slot.finished = true;
        stop();
      };
      slot.dispose = transport({ type: 'diagnose', orderId, fresh }, onEvent);
      // An event delivered synchronously may have ended the run before the disposer existed.
      if (slot.finished) slot.dispose();
    },
    [orderId, transport, stop],
  );

  return { state, start };
}
