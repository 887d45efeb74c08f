import type { Page } from '@playwright/test';
import { LIST_LINE_ITEMS } from '../../lib/shops/shopify/query';
import type { SyncRun } from '../../lib/sync/model';
import { extensionIdOf, extensionWorker, launchWithExtension } from '../e2e/browser';
import { connectThroughOptions } from '../e2e/connect';
import type { RequestRecord } from '../sandbox/core/types';
import { startSandbox } from '../sandbox/server';
import type { ReconCase } from './recon-cases';
import { compareClasses, type ClassComparison } from './recon-figures';
import { countRows, readRun, readStoredClasses, storageEstimate, type StorageFigures } from './extension-db';
import { sampleWorkerHeap, type HeapFigures } from './worker-heap';
import { buildScenario, failOnWrites } from './scenario-setup';

/**
 * One reconciliation as a merchant starts it: connect through the options page, open the popup,
 * press "Run now", and wait until the stored run says done. Latency is injected only while it runs.
 */
export interface ReconResult {
  recon: ReconCase;
  /** Orders in the shop, older than the window included. */
  storeOrders: number;
  /** N: orders of the 30-day window, the scenario's ground truth. */
  windowOrders: number;
  /** Orders of the window with more lines than a list page carries inline (LIST_LINE_ITEMS). */
  longOrders: number;
  /** The shop and accounting requests from the click until the run was done. */
  requests: RequestRecord[];
  /** The run as last read; `phase` is 'done' unless the wait timed out. */
  run: SyncRun | null;
  /** Click → the stored run first seen done (ms, polled: up to POLL_MS late); null when it did not finish. */
  wallMs: number | null;
  /** Click → the run's own `finishedAt`, stamped before the result is written. */
  finishedMs: number | null;
  /** Click → the run's `startedAt`. */
  startMs: number | null;
  /** When each phase was first seen, ms after the click (the store is polled every POLL_MS). */
  phasesSeen: { phase: string; atMs: number }[];
  /** The pauses seen (reason and until when). */
  pauses: string[];
  heap: HeapFigures;
  storageBefore: StorageFigures;
  storageAfter: StorageFigures;
  orderRows: number;
  stageRows: number;
  comparison: ClassComparison;
}

const POLL_MS = 500;

async function openPopup(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByTestId('run-now').waitFor();
}

interface Watched {
  run: SyncRun | null;
  doneMs: number | null;
  phasesSeen: ReconResult['phasesSeen'];
  pauses: string[];
}

/** Polls the stored run until it is done or `timeoutMs` has passed. */
async function watchRun(popup: Page, connectionId: string, clickedAt: number, timeoutMs: number): Promise<Watched> {
  const phasesSeen: ReconResult['phasesSeen'] = [];
  const pauses = new Set<string>();
  let run: SyncRun | null = null;
  let doneMs: number | null = null;
  while (Date.now() - clickedAt < timeoutMs) {
    run = await readRun(popup, connectionId);
    const seenMs = Date.now() - clickedAt;
    if (run && phasesSeen.at(-1)?.phase !== run.phase) phasesSeen.push({ phase: run.phase, atMs: seenMs });
    if (run?.pausedUntil) pauses.add(`${run.pauseReason ?? 'paused'} in phase ${run.phase} until ${run.pausedUntil.slice(11, 19)}Z`);
    if (run?.phase === 'done') {
      doneMs = seenMs;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return { run, doneMs, phasesSeen, pauses: [...pauses] };
}

export async function reconcileOnce(recon: ReconCase, latencyMs: number): Promise<ReconResult> {
  const scenario = buildScenario(recon.scenarioName);
  const truth = scenario.reconciliation?.classes;
  if (!truth) throw new Error(`${recon.scenarioName}: the scenario has no reconciliation ground truth`);
  const connection = scenario.connections[0];
  if (!connection) throw new Error(`${recon.scenarioName}: no connection`);
  const sandbox = await startSandbox({ scenario });
  try {
    const context = await launchWithExtension({ hostResolverRules: sandbox.hostResolverRules() });
    try {
      const extensionId = extensionIdOf(await extensionWorker(context));
      const options = await connectThroughOptions(context, extensionId, connection);
      await options.close();
      const popup = await context.newPage();
      await openPopup(popup, extensionId);
      const storageBefore = await storageEstimate(popup);
      const heap = await sampleWorkerHeap(popup, extensionId, POLL_MS);

      sandbox.exact.resetRateLimits();
      sandbox.clearRequests();
      sandbox.setLatency(latencyMs);
      const clickedAt = Date.now();
      let watched: Watched;
      let requests: RequestRecord[];
      try {
        await popup.getByTestId('run-now').click();
        watched = await watchRun(popup, connection.profile.id, clickedAt, recon.timeoutMs);
        requests = sandbox.requests().filter((r) => r.side !== 'page');
      } finally {
        sandbox.setLatency(0);
      }
      const heapFigures = await heap.stop();

      const { run, doneMs, ...seen } = watched;
      const finishedAt = run?.phase === 'done' ? run.finishedAt : null;
      const windowIds = new Set(Object.keys(truth));
      const orders = scenario.shopify.stores.flatMap((store) => store.orders);
      const result: ReconResult = {
        recon,
        storeOrders: orders.length,
        windowOrders: windowIds.size,
        longOrders: orders.filter((o) => windowIds.has(o.id) && o.lineItems.length > LIST_LINE_ITEMS).length,
        requests,
        run,
        ...seen,
        wallMs: doneMs,
        finishedMs: finishedAt === null ? null : Date.parse(finishedAt) - clickedAt,
        startMs: run ? Date.parse(run.startedAt) - clickedAt : null,
        heap: heapFigures,
        storageBefore,
        storageAfter: await storageEstimate(popup),
        orderRows: await countRows(popup, 'syncOrders'),
        stageRows: await countRows(popup, 'syncStage'),
        comparison: compareClasses(await readStoredClasses(popup), truth),
      };
      failOnWrites(sandbox.violations());
      return result;
    } finally {
      await context.close();
    }
  } finally {
    await sandbox.stop();
  }
}
