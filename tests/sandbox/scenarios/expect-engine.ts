import { expect } from 'vitest';
import type { CheckResult, Verdict } from '../../../lib/checks/types';
import type { OrderExpectation } from './types';

/**
 * Test helper: the product's engine (results and verdict of one diagnosis) agrees with a scenario's
 * ground truth — the verdict, the failing check and its fix, and every outcome the scenario pins.
 */
export function expectEngineAgrees(run: { results: readonly CheckResult[]; verdict: Verdict }, e: OrderExpectation, label: string): void {
  const outcomes = Object.fromEntries(run.results.map((r) => [r.id, r.outcome]));
  expect(run.verdict.kind, `${label} ${JSON.stringify(outcomes)}`).toBe(e.verdict);
  if (run.verdict.kind === 'will-not-import') {
    expect(run.verdict.checkId, label).toBe(e.failingCheck);
    expect(run.results.find((r) => r.id === e.failingCheck)?.fix?.key, label).toBe(e.fix);
  }
  for (const [check, outcome] of Object.entries(e.outcomes ?? {})) expect(outcomes[Number(check)], `${label} check ${check}`).toBe(outcome);
}
