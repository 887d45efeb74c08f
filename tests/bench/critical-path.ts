import type { RequestRecord } from '../sandbox/core/types';

/**
 * The number of sequential round trips on the critical path: the longest chain of requests in
 * which each one started only after the previous one had been answered. Parallel requests do
 * not add to it; a request that needed an earlier answer does.
 */
export function criticalPathDepth(records: readonly RequestRecord[], slackMs = 2): number {
  const sorted = [...records].sort((a, b) => a.at - b.at);
  const depth: number[] = [];
  sorted.forEach((record, i) => {
    let best = 0;
    for (let j = 0; j < i; j += 1) {
      const before = sorted[j]!;
      if (before.doneAt <= record.at + slackMs) best = Math.max(best, depth[j]!);
    }
    depth.push(best + 1);
  });
  return depth.length === 0 ? 0 : Math.max(...depth);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
