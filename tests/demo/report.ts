import { relative } from 'node:path';
import type { OrderExpectation } from '../sandbox/scenarios/types';
import type { OrderResult } from './check-orders';

export function relativePath(path: string): string {
  return relative(process.cwd(), path) || '.';
}

function expectedVerdict(expectation: OrderExpectation): string {
  return expectation.failingCheck ? `${expectation.verdict} (check ${expectation.failingCheck})` : expectation.verdict;
}

/** One sample order to try by hand: its page, what the panel should say, and why. */
export function expectationLine(expectation: OrderExpectation): string {
  return `${expectation.adminUrl}  → ${expectedVerdict(expectation)}  ${expectation.note}`;
}

/** One line per order: its page, the verdict the panel shows vs the expected one, the headline. */
export function resultLine({ expectation, shown, detail }: OrderResult): string {
  const mark = shown === expectation.verdict ? 'ok      ' : 'MISMATCH';
  const verdicts = `shown ${(shown ?? 'no answer').padEnd(16)} expected ${expectedVerdict(expectation).padEnd(29)}`;
  return `${mark}  ${new URL(expectation.adminUrl).pathname}  ${verdicts} "${detail}"`;
}

/** The summary after all lines; true when every verdict matches the scenario. */
export function printSummary(results: readonly OrderResult[]): boolean {
  const wrong = results.filter((r) => r.shown !== r.expectation.verdict);
  if (wrong.length === 0) {
    console.log(`\nAll ${results.length} verdicts match the scenario.`);
    return true;
  }
  console.log(`\nMISMATCH: ${wrong.length} of ${results.length} orders do not show the verdict the scenario expects:`);
  for (const r of wrong) console.log(`  order ${r.expectation.orderId}: shown ${r.shown ?? 'no answer'}, expected ${r.expectation.verdict} (${r.expectation.note})`);
  return false;
}
