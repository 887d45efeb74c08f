import type { RequestRecord } from '../sandbox/core/types';
import type { Scenario } from '../sandbox/scenarios/types';
import type { StoredClass } from './extension-db';
import { median } from './critical-path';
import { callName } from './rounds';

export type GroundTruth = NonNullable<Scenario['reconciliation']>['classes'];

/** The reconciliation's call target for one side: ⌈N / page size⌉ pages plus a constant. */
export interface CallTarget {
  n: number;
  pageSize: number;
  constant: number;
  /** ⌈n / pageSize⌉ + constant */
  limit: number;
}

export function callTarget(n: number, pageSize: number, constant: number): CallTarget {
  return { n, pageSize, constant, limit: Math.ceil(n / pageSize) + constant };
}

/** How an order is compared: its class, and for a missing order the first failing check. */
const label = (cls: string, checkId: number | null | undefined) => (cls === 'missing' ? `missing:${checkId ?? null}` : cls);

export interface ClassComparison {
  /** Orders of the ground truth. */
  expected: number;
  /** Rows stored by the run. */
  stored: number;
  /** Orders stored with another class (or check) than the truth's. */
  wrong: { orderId: string; got: string; want: string }[];
  /** Orders of the truth the run did not store. */
  absent: string[];
  /** Orders the run stored that the truth does not have (outside the window, or twice). */
  extra: string[];
}

export function compareClasses(stored: readonly StoredClass[], truth: GroundTruth): ClassComparison {
  const got = new Map<string, string>();
  const extra: string[] = [];
  for (const row of stored) {
    if (!(row.orderId in truth) || got.has(row.orderId)) extra.push(row.orderId);
    else got.set(row.orderId, label(row.class, row.checkId));
  }
  const wrong: ClassComparison['wrong'] = [];
  const absent: string[] = [];
  for (const [orderId, t] of Object.entries(truth)) {
    const have = got.get(orderId);
    const want = label(t.class, t.checkId);
    if (have === undefined) absent.push(orderId);
    else if (have !== want) wrong.push({ orderId, got: have, want });
  }
  return { expected: Object.keys(truth).length, stored: stored.length, wrong, absent, extra };
}

export function mismatchCount(c: ClassComparison): number {
  return c.wrong.length + c.absent.length + c.extra.length;
}

/** `POST graphql.json × 58, GET bulk/SalesOrder/SalesOrders × 1`: calls counted by name, most first. */
export function callsByName(requests: readonly RequestRecord[]): string {
  const counts = new Map<string, number>();
  for (const r of requests) {
    const name = callName({ ...r, query: '' });
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, count]) => `${name} × ${count}`)
    .join(', ');
}

/** Where the time of a chain of one-at-a-time calls went: answers awaited, and work between them. */
export interface SequenceFigures {
  calls: number;
  /** Sum of request → answer, as the sandbox saw it (injected latency included). */
  awaitingMs: number;
  /** Sum of the gaps from one answer to the next request: the worker's own work, pacing sleeps. */
  betweenMs: number;
  /** Median, 90th percentile and largest of those gaps. */
  medianGapMs: number;
  p90GapMs: number;
  maxGapMs: number;
}

export function sequenceFigures(requests: readonly RequestRecord[]): SequenceFigures {
  const sorted = [...requests].sort((a, b) => a.at - b.at);
  const gaps = sorted
    .slice(1)
    .map((r, i) => Math.max(0, r.at - sorted[i]!.doneAt))
    .sort((a, b) => a - b);
  return {
    calls: sorted.length,
    awaitingMs: sorted.reduce((sum, r) => sum + (r.doneAt - r.at), 0),
    betweenMs: gaps.reduce((sum, g) => sum + g, 0),
    medianGapMs: gaps.length === 0 ? 0 : median(gaps),
    p90GapMs: gaps[Math.floor(0.9 * (gaps.length - 1))] ?? 0,
    maxGapMs: gaps.at(-1) ?? 0,
  };
}
