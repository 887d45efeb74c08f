import { API_SIDES, callsPerSide, type ApiSide } from './measure';
import { CALL_CONSTANTS, PAGE_SIZES } from './recon-cases';
import { LIST_LINE_ITEMS } from '../../lib/shops/shopify/query';
import { callTarget, callsByName, mismatchCount, sequenceFigures } from './recon-figures';
import type { ReconResult } from './reconcile';
import { table } from './table';

const SIDE_NAME: Record<ApiSide, string> = { shop: 'shop (Shopify)', accounting: 'accounting (Exact)' };

const count = (n: number) => n.toLocaleString('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const MB = (bytes: number | null) => (bytes === null ? '-' : `${(bytes / 1_000_000).toFixed(1)} MB`);

function heapLine(r: ReconResult): string {
  const h = r.heap;
  if (h.peakUsed === null) return `service worker heap: not measurable (${h.problem ?? 'no sample'})`;
  const restarts = h.workers > 1 ? ` · the worker was restarted during the run (${h.workers} worker targets)` : '';
  return (
    `service worker heap (V8 Runtime.getHeapUsage over CDP, every 500 ms, ${h.samples} samples): ` +
    `peak used ${MB(h.peakUsed)}, peak allocated ${MB(h.peakTotal)}, before the run ${MB(h.firstUsed)}${restarts}`
  );
}

function storageLine(r: ReconResult): string {
  const { storageBefore: before, storageAfter: after } = r;
  const idb = after.indexedDb === null ? '' : ` (IndexedDB ${MB(after.indexedDb)})`;
  return (
    `stored: ${count(r.orderRows)} order rows, ${count(r.stageRows)} staged rows left; ` +
    `navigator.storage.estimate() usage ${MB(after.usage)}${idb}, before the run ${MB(before.usage)}`
  );
}

function timeLine(r: ReconResult, latencyMs: number): string {
  const phases = r.phasesSeen.map((p) => `${p.phase} ${seconds(p.atMs)}`).join(' → ');
  const pauses = r.pauses.length === 0 ? 'none' : r.pauses.join('; ');
  if (r.wallMs === null) {
    const progress = r.run ? ` (last seen: phase ${r.run.phase}, ${count(r.run.progress.orders)} orders, ${count(r.run.progress.documents)} documents)` : '';
    return `wall time: NOT DONE within ${seconds(r.recon.timeoutMs)}${progress} · phases first seen: ${phases} · pauses: ${pauses}`;
  }
  const stamped =
    r.finishedMs === null ? '' : ` (the run's own finishedAt says ${seconds(r.finishedMs)}: stamped before the classified orders are written)`;
  const start = r.startMs === null ? '' : ` · the run started ${seconds(r.startMs)} after the click`;
  return [
    `wall time, click → run stored as done: ${seconds(r.wallMs)} with L = ${latencyMs} ms on every request${stamped}`,
    `phases first seen (the store polled every 0.5 s, time after the click): ${phases}${start} · pauses: ${pauses}`,
  ].join('\n');
}

/** The shop side: list pages, line-item pages, and where the orders phase spent its time. */
function shopLines(r: ReconResult): string[] {
  const shop = r.requests.filter((q) => q.side === 'shop');
  const pages = Math.ceil(r.windowOrders / PAGE_SIZES.shop);
  const expected = pages + r.longOrders;
  const seq = sequenceFigures(shop);
  return [
    `shop calls: ${callsByName(shop) || 'none'}`,
    `  accounted for by the scenario: ${count(pages)} list pages (⌈N / ${PAGE_SIZES.shop}⌉) + ${count(r.longOrders)} orders with more than ` +
      `${LIST_LINE_ITEMS} lines (one more call each for the rest of their lines) = ${count(expected)}; measured ${count(shop.length)}`,
    `  one call at a time: ${seconds(seq.awaitingMs)} awaiting answers (≈ ${count(seq.calls)} × (L + sandbox)), ` +
      `${seconds(seq.betweenMs)} between an answer and the next call (the worker's work and its pacing for the query-cost bucket; ` +
      `gap median ${Math.round(seq.medianGapMs)} ms, 90th percentile ${seq.p90GapMs} ms, largest ${seq.maxGapMs} ms)`,
  ];
}

function classLine(r: ReconResult): string {
  const c = r.comparison;
  const n = mismatchCount(c);
  const examples = [
    ...c.wrong.slice(0, 3).map((w) => `${w.orderId}: ${w.got}, truth ${w.want}`),
    ...c.absent.slice(0, 3).map((id) => `${id}: not stored`),
    ...c.extra.slice(0, 3).map((id) => `${id}: stored, not in the truth`),
  ];
  return (
    `classification vs ground truth: ${count(c.expected)} orders in the truth, ${count(c.stored)} stored, ${n} mismatches ` +
    `(${c.wrong.length} wrong class or check, ${c.absent.length} not stored, ${c.extra.length} extra)${n === 0 ? ' — expected 0' : ` — expected 0; e.g. ${examples.join('; ')}`}`
  );
}

export function reconReport(r: ReconResult, latencyMs: number): string {
  const calls = callsPerSide(r.requests);
  const n = r.windowOrders;
  const rows = API_SIDES.map((side) => {
    const target = callTarget(n, PAGE_SIZES[side], CALL_CONSTANTS[side]);
    return [
      SIDE_NAME[side],
      count(calls[side]),
      `≤ ⌈${count(n)} / ${target.pageSize}⌉ + ${target.constant} = ${count(target.limit)}`,
      String(target.pageSize),
      r.wallMs === null ? 'run not done' : calls[side] <= target.limit ? 'met' : 'not met',
    ];
  });
  const failure = r.run?.failure ? [`THE RUN FAILED: ${r.run.failure.kind} on the ${r.run.failure.side} side (${r.run.failure.call}): ${r.run.failure.detail}`] : [];
  return [
    `Reconciliation · Shopify Plus · scenario ${r.recon.scenarioName} · ${count(r.storeOrders)} orders in the shop, N = ${count(n)} in the 30-day window`,
    `"Run now" in the popup, latency L = ${latencyMs} ms on every request during the run`,
    ...failure,
    '',
    table(['side', 'API calls', 'target: ⌈N / page size⌉ + constant', 'page size', 'target met?'], rows, [1]),
    '',
    ...shopLines(r),
    `Exact calls: ${callsByName(r.requests.filter((q) => q.side === 'accounting')) || 'none'}`,
    '',
    timeLine(r, latencyMs),
    heapLine(r),
    storageLine(r),
    classLine(r),
  ].join('\n');
}

/** One line per size, side by side. */
export function reconSummary(results: readonly ReconResult[], skipped: readonly string[]): string {
  const rows = results.map((r) => {
    const calls = callsPerSide(r.requests);
    return [
      r.recon.label,
      count(r.windowOrders),
      count(calls.shop),
      count(calls.accounting),
      r.wallMs === null ? 'not done' : seconds(r.wallMs),
      MB(r.heap.peakUsed),
      MB(r.storageAfter.usage),
      count(r.orderRows),
      String(mismatchCount(r.comparison)),
    ];
  });
  return [
    'Reconciliation summary',
    '',
    table(['shop', 'N (window)', 'shop calls', 'Exact calls', 'wall time', 'worker heap peak', 'storage usage', 'order rows', 'mismatches'], rows, [1, 2, 3, 4, 5, 6, 7, 8]),
    ...skipped.map((s) => `skipped: ${s}`),
  ].join('\n');
}
