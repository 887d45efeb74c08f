import type { Page } from '@playwright/test';

/**
 * The extension service worker's V8 heap, sampled during a run. A persistent context offers no
 * CDP session on a worker (`newCDPSession` takes pages only, and there is no browser session), so
 * a page's session finds the worker's target and attaches to it in the non-flattened mode, whose
 * messages travel as `Target.sendMessageToTarget` / `Target.receivedMessageFromTarget` through
 * that page's session. `Runtime.getHeapUsage` then gives the worker's used and total JS heap.
 * (`performance.memory` does not exist in a service worker.)
 */
export interface HeapFigures {
  /** Highest used JS heap of the samples (bytes); null when no sample could be taken. */
  peakUsed: number | null;
  /** Highest total (allocated) JS heap of the samples. */
  peakTotal: number | null;
  /** The first sample, taken before the run started. */
  firstUsed: number | null;
  samples: number;
  /** Distinct worker targets sampled: more than one means the worker was stopped and started again. */
  workers: number;
  /** Why no sample could be taken, when none could. */
  problem: string | null;
}

export interface HeapSampler {
  stop(): Promise<HeapFigures>;
}

const ANSWER_TIMEOUT_MS = 2_000;

interface Attached {
  targetId: string;
  sessionId: string;
}

interface HeapUsage {
  usedSize: number;
  totalSize: number;
}

/** Starts sampling the worker of `extensionId` every `everyMs`, through `page`'s CDP session. */
export async function sampleWorkerHeap(page: Page, extensionId: string, everyMs = 500): Promise<HeapSampler> {
  const cdp = await page.context().newCDPSession(page);
  const pending = new Map<number, (answer: { result?: HeapUsage; error?: { message: string } }) => void>();
  const targets = new Set<string>();
  let attached: Attached | null = null;
  let nextId = 1;
  let problem: string | null = null;
  const figures = { peakUsed: null as number | null, peakTotal: null as number | null, firstUsed: null as number | null, samples: 0 };

  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: HeapUsage; error?: { message: string } };
    if (message.id === undefined) return;
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  cdp.on('Target.detachedFromTarget', (event) => {
    if (attached && event.sessionId === attached.sessionId) attached = null;
  });

  const attach = async (): Promise<Attached | null> => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
    if (!worker) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    targets.add(worker.targetId);
    return { targetId: worker.targetId, sessionId };
  };

  const heapUsage = (session: Attached) =>
    new Promise<HeapUsage>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error('no answer to Runtime.getHeapUsage'));
      }, ANSWER_TIMEOUT_MS);
      pending.set(id, (answer) => {
        clearTimeout(timer);
        if (answer.result) resolve(answer.result);
        else reject(new Error(answer.error?.message ?? 'Runtime.getHeapUsage failed'));
      });
      cdp.send('Target.sendMessageToTarget', { sessionId: session.sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) }).catch(reject);
    });

  const sample = async () => {
    try {
      attached ??= await attach();
      if (!attached) return;
      const usage = await heapUsage(attached);
      figures.samples += 1;
      figures.firstUsed ??= usage.usedSize;
      figures.peakUsed = Math.max(figures.peakUsed ?? 0, usage.usedSize);
      figures.peakTotal = Math.max(figures.peakTotal ?? 0, usage.totalSize);
    } catch (error) {
      // The worker went away (stopped, restarted): attach again at the next sample.
      attached = null;
      problem = error instanceof Error ? error.message : String(error);
    }
  };

  await sample();
  let busy = false;
  const interval = setInterval(() => {
    if (busy) return;
    busy = true;
    void sample().finally(() => (busy = false));
  }, everyMs);

  return {
    async stop() {
      clearInterval(interval);
      await sample();
      await cdp.detach().catch(() => undefined);
      return { ...figures, workers: targets.size, problem: figures.samples > 0 ? null : (problem ?? 'no extension service worker target found') };
    },
  };
}
