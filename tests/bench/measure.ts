import type { Page } from '@playwright/test';
import type { Sandbox } from '../sandbox/server';
import type { RequestRecord } from '../sandbox/core/types';

export type ApiSide = 'shop' | 'accounting';
export const API_SIDES: readonly ApiSide[] = ['shop', 'accounting'];

/** The panel's run button: "Check import" on a fresh page, "Check again" once a verdict stands. */
export type RunButton = 'check-import' | 'check-again';

export interface RunResult {
  /** From the click to the verdict in the DOM, timed inside the page. */
  ms: number;
  /** The click, as epoch ms (the sandbox records requests in epoch ms on the same machine clock). */
  clickedAt: number;
  verdict: string | null;
  /** The shop and accounting requests of this run (page loads left out). */
  requests: RequestRecord[];
}

const VERDICT_TIMEOUT_MS = 60_000;

/**
 * One diagnosis as a merchant runs it: a fresh load of the order page, then "Check import" (not
 * "Check again", which forces a master-data refresh). Latency is injected only while it runs.
 */
export async function diagnoseOnce(page: Page, sandbox: Sandbox, url: string, latencyMs: number): Promise<RunResult> {
  await page.goto(url);
  return measuredClick(page, sandbox, 'check-import', latencyMs);
}

/** "Check again" on the verdict already shown: what a merchant does after fixing something. */
export function diagnoseAgain(page: Page, sandbox: Sandbox, latencyMs: number): Promise<RunResult> {
  return measuredClick(page, sandbox, 'check-again', latencyMs);
}

async function measuredClick(page: Page, sandbox: Sandbox, button: RunButton, latencyMs: number): Promise<RunResult> {
  await page.getByTestId(button).waitFor();
  sandbox.exact.resetRateLimits();
  sandbox.clearRequests();
  sandbox.setLatency(latencyMs);
  try {
    const { clickedAt, ms } = await clickToVerdict(page, button);
    const verdict = await page.getByTestId('panel-status').getAttribute('data-verdict');
    const requests = sandbox.requests().filter((r) => r.side !== 'page');
    return { ms, clickedAt, verdict, requests };
  } finally {
    sandbox.setLatency(0);
  }
}

/**
 * Times the run inside the page: the click as the panel's shadow root sees it, the end when the
 * status area's `data-state` turns to "result" after having left it (a MutationObserver, so no
 * polling interval).
 */
async function clickToVerdict(page: Page, button: RunButton): Promise<{ clickedAt: number; ms: number }> {
  const timer = await page.evaluateHandle(
    ({ testId, timeoutMs }) => {
      const root = document.querySelector('import-doctor-panel')?.shadowRoot;
      if (!root) throw new Error('no import-doctor panel on the page');
      let clickedAt = -1;
      let running = false;
      root.addEventListener(
        'click',
        (event) => {
          const onButton = event.target instanceof Element && event.target.closest(`[data-testid="${testId}"]`);
          if (onButton && clickedAt < 0) clickedAt = performance.now();
        },
        { capture: true },
      );
      const done = new Promise<{ clickedAt: number; ms: number }>((resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error(`no verdict within ${timeoutMs} ms`)), timeoutMs);
        const observer = new MutationObserver(() => {
          const status = root.querySelector('[role="status"][data-state]');
          const state = status?.getAttribute('data-state');
          if (clickedAt < 0) return;
          if (state === 'running') running = true;
          if (!running || (state !== 'result' && state !== 'unavailable')) return;
          observer.disconnect();
          clearTimeout(timeout);
          if (state === 'unavailable') reject(new Error(`the panel gave no diagnosis: ${status?.textContent ?? ''}`));
          else resolve({ clickedAt: performance.timeOrigin + clickedAt, ms: performance.now() - clickedAt });
        });
        observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
      });
      return { done };
    },
    { testId: button, timeoutMs: VERDICT_TIMEOUT_MS },
  );
  await page.getByTestId(button).click();
  return timer.evaluate((t) => t.done);
}

export function callsPerSide(requests: readonly RequestRecord[]): Record<ApiSide, number> {
  return { shop: requests.filter((r) => r.side === 'shop').length, accounting: requests.filter((r) => r.side === 'accounting').length };
}
