import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, type Page } from '@playwright/test';
import type { OrderExpectation, Scenario } from '../sandbox/scenarios/types';
import type { Sandbox } from '../sandbox/server';

export const OUTPUT_DIR = resolve(import.meta.dirname, '../../demo-output');

export interface OrderResult {
  expectation: OrderExpectation;
  /** The panel's `data-verdict`, `unavailable` when it could not check, null when it gave no answer. */
  shown: string | null;
  /** The panel's headline, or what went wrong when there is no answer. */
  detail: string;
  screenshot: string;
}

interface Progress {
  /** Called once per order as soon as it is done. */
  onResult(result: OrderResult): void;
  onWait(expectation: OrderExpectation, seconds: number): void;
}

/**
 * Headless run: a screenshot of the (connected) options page, then every sample order checked in
 * one tab, the way a merchant clicks "Check import", each with its screenshot.
 */
export async function checkEveryOrder(sandbox: Sandbox, scenario: Scenario, options: Page, progress: Progress): Promise<OrderResult[]> {
  // A fresh folder: no screenshot of an earlier run can pass for one of this run.
  rmSync(OUTPUT_DIR, { recursive: true, force: true });
  mkdirSync(OUTPUT_DIR, { recursive: true });
  // The top of the form only: a full-page shot would paint its sticky save bar mid-page.
  await options.screenshot({ path: join(OUTPUT_DIR, 'options.png') });

  const page = await options.context().newPage();
  const results: OrderResult[] = [];
  for (const expectation of scenario.expectations) {
    const result = await checkOrder(sandbox, page, expectation, progress);
    progress.onResult(result);
    results.push(result);
  }
  return results;
}

/**
 * Exact Online allows 60 calls a minute; clicking through all orders in seconds uses that up, and
 * the panel then rightly says "cannot tell, try again in a minute". The demo does what the panel
 * advises: it waits until the minute is over and checks that order again, once.
 */
async function checkOrder(sandbox: Sandbox, page: Page, expectation: OrderExpectation, progress: Progress): Promise<OrderResult> {
  const startedAt = Date.now();
  let answer = await diagnose(page, expectation.adminUrl);
  const limitedAt = firstRateLimitSince(sandbox, startedAt);
  if (limitedAt !== null) {
    // The minute window started at or before the first 429, so it is over 60 s after it.
    const waitMs = Math.max(0, limitedAt + 61_000 - Date.now());
    progress.onWait(expectation, Math.ceil(waitMs / 1000));
    await sleep(waitMs);
    answer = await diagnose(page, expectation.adminUrl);
  }
  const screenshot = join(OUTPUT_DIR, `order-${expectation.orderId}-${answer.shown ?? 'no-answer'}.png`);
  await page.screenshot({ path: screenshot, fullPage: true });
  return { expectation, ...answer, screenshot };
}

function firstRateLimitSince(sandbox: Sandbox, since: number): number | null {
  const limited = sandbox.requests().filter((r) => r.side === 'accounting' && r.status === 429 && r.at >= since);
  return limited.length === 0 ? null : Math.min(...limited.map((r) => r.at));
}

/** Opens the order page, clicks "Check import" and reads the panel's answer; never throws. */
async function diagnose(page: Page, adminUrl: string): Promise<Pick<OrderResult, 'shown' | 'detail'>> {
  try {
    await page.goto(adminUrl);
    await page.getByTestId('check-import').click();
    const status = page.locator('[data-verdict]');
    await expect(status).toHaveAttribute('data-state', /^(result|unavailable)$/, { timeout: 30_000 });
    // Only a result carries a verdict; "unavailable" means the panel could not check at all.
    const shown = (await status.getAttribute('data-verdict')) ?? 'unavailable';
    const detail = (await status.getByTestId('status-head').textContent()) ?? '';
    return { shown, detail };
  } catch (error) {
    return { shown: null, detail: firstLine(error) };
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Playwright's messages carry ANSI colours and a call log after the first line.
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '').split('\n')[0]!.trim();
}
