import type { BundleRow } from './bundle';
import type { BenchCase } from './cases';
import { criticalPathDepth, median } from './critical-path';
import { API_SIDES, callsPerSide, type RunResult } from './measure';
import { callName, roundsOf } from './rounds';
import { kB, spread, table } from './table';
import type { OrderExpectation } from '../sandbox/scenarios/types';

export interface CaseResult {
  bench: BenchCase;
  order: OrderExpectation;
  cold: RunResult[];
  warm: RunResult[];
  /** "Check again" right after the warm run: forces a master-data refresh. */
  again: RunResult[];
}

/** The figures of one kind of run (cold, warm, check again): medians over the runs. */
interface Figures {
  ms: number;
  depth: number;
  shop: number;
  accounting: number;
  cells: string[];
}

const TARGET = { depth: 2, exactCalls: 4 };
/** Below this latency, answers return before the parallel requests of a round have all left. */
const MIN_LATENCY_FOR_DEPTH_MS = 20;

function figures(label: string, runs: readonly RunResult[], latencyMs: number): Figures {
  const ms = median(runs.map((r) => r.ms));
  const depths = runs.map((r) => criticalPathDepth(r.requests));
  const calls = runs.map((r) => callsPerSide(r.requests));
  const [shop, accounting] = API_SIDES.map((side) => calls.map((c) => c[side]));
  const f = { ms, depth: median(depths), shop: median(shop!), accounting: median(accounting!) };
  const perL = latencyMs > 0 ? `${(ms / latencyMs).toFixed(1)} L` : '-';
  const cells = [label, `${Math.round(ms)} ms`, perL, spread(depths, f.depth), spread(shop!, f.shop), spread(accounting!, f.accounting)];
  return { ...f, cells };
}

/** The requests of one run by round trip, as ms after the click: arrived at the sandbox → answered. */
function trace(title: string, run: RunResult | undefined): string {
  if (!run) return '';
  const offset = (epochMs: number) => String(Math.round(epochMs - run.clickedAt)).padStart(5);
  const lines = roundsOf(run.requests).flatMap((round, i) =>
    round.map((r, j) => `  ${j === 0 ? `round ${i + 1}` : '       '}  ${offset(r.at)} → ${offset(r.doneAt)} ms   ${r.side.padEnd(10)}  ${callName(r)}`),
  );
  const end = `  verdict  ${String(Math.round(run.ms)).padStart(5)} ms`;
  return [`${title}: requests by round trip, ms after the click (arrived at the sandbox → answered)`, ...lines, end].join('\n');
}

const times = (runs: readonly RunResult[]) => runs.map((r) => Math.round(r.ms)).join(', ');

export function caseReport(result: CaseResult, latencyMs: number): string {
  const { bench, order, cold, warm, again } = result;
  const c = figures('cold: first "Check import"', cold, latencyMs);
  const w = figures('warm: page reload, "Check import"', warm, latencyMs);
  const a = figures('"Check again" (fresh master data)', again, latencyMs);
  const met = w.depth <= TARGET.depth && w.accounting <= TARGET.exactCalls;
  const verdicts = [...new Set([...cold, ...warm, ...again].map((r) => r.verdict ?? '(none)'))];
  return [
    `${bench.platform} · scenario ${bench.scenarioName} · order ${order.orderId} (${order.note})`,
    `${order.adminUrl} · latency L = ${latencyMs} ms on every request · runs of each kind: ${cold.length}`,
    `verdict shown: ${verdicts.join(', ')}${verdicts.length === 1 && verdicts[0] === order.verdict ? '' : ` (expected ${order.verdict})`}`,
    '',
    table(['run', 'time to verdict', 'in L', 'sequential round trips', 'shop calls', 'Exact calls'], [c.cells, w.cells, a.cells], [1, 2]),
    '',
    `target: ≤ ${TARGET.depth} sequential round trips and ≤ ${TARGET.exactCalls} Exact calls with a warm cache — ` +
      `measured ${w.depth} round trips, ${w.accounting} Exact calls: ${met ? 'met' : 'not met'}`,
    ...(latencyMs < MIN_LATENCY_FOR_DEPTH_MS
      ? [`note: with L < ${MIN_LATENCY_FOR_DEPTH_MS} ms parallel requests look sequential, so round trips are overcounted`]
      : []),
    ...(bench.notes ?? []).map((note) => `note: ${note}`),
    '',
    `times per run (ms): cold ${times(cold)} · warm ${times(warm)} · check again ${times(again)}`,
    '',
    trace('cold run 1', cold[0]),
    '',
    trace('warm run 1', warm[0]),
    '',
    trace('"check again" run 1', again[0]),
  ].join('\n');
}

export function bundleReport(dir: string, rows: readonly BundleRow[]): string {
  return [
    `bundle: ${dir}`,
    '',
    table(['part', 'size', 'gzip', 'files'], rows.map((r) => [r.label, kB(r.bytes), kB(r.gzipBytes), r.files.length > 3 ? '' : r.files.join(', ')]), [1, 2]),
  ].join('\n');
}
