import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { Sandbox } from '../sandbox/server';
import { connectThroughOptions } from './connect';
import { openPopup, stored } from './extension-pages';
import { expect, test } from './fixtures';
import { statusOf } from './panel';

/**
 * The reconciliation, as the merchant meets it: a run over a few hundred generated orders of
 * known classes, the popup's counts and missing list, the toolbar badge, the way from a missing
 * order to its page, a worker stopped mid-run, and pauses for rate limits and the day's budget.
 */
interface StoredOrder {
  orderId: string;
  class: string;
  checkId: number | null;
}
interface StoredRun {
  phase: string;
  progress: { orders: number };
  pausedUntil: string | null;
  pauseReason: string | null;
}

async function runNow(popup: Page): Promise<void> {
  await popup.getByTestId('run-now').click();
}

async function waitForDone(popup: Page, timeout = 120_000): Promise<void> {
  await expect.poll(async () => (await stored<StoredRun>(popup, 'syncRuns'))[0]?.phase, { timeout, intervals: [500] }).toBe('done');
}

function truth(sandbox: Sandbox) {
  const classes = sandbox.scenario().reconciliation!.classes;
  const count = (cls: string) => Object.values(classes).filter((t) => t.class === cls).length;
  return { classes, count };
}

/**
 * Every stored order has the class (and, for missing, the check) of the scenario's ground truth.
 * With `placedAt`, the run's window may be shorter than the scenario's: only the orders placed at or
 * after the run's `since` count.
 */
async function expectClassesAsTruth(popup: Page, sandbox: Sandbox, placedAt?: (orderId: string) => number): Promise<void> {
  let { classes } = truth(sandbox);
  if (placedAt) {
    const [run] = await stored<StoredRun & { since: string }>(popup, 'syncRuns');
    const since = Date.parse(run!.since);
    classes = Object.fromEntries(Object.entries(classes).filter(([id]) => placedAt(id) >= since));
  }
  const orders = await stored<StoredOrder>(popup, 'syncOrders');
  expect(orders.length, 'one record per order of the window, none twice').toBe(Object.keys(classes).length);
  const got = Object.fromEntries(orders.map((o) => [o.orderId, o.class === 'missing' ? `missing:${o.checkId}` : o.class]));
  const want = Object.fromEntries(Object.entries(classes).map(([id, t]) => [id, t.class === 'missing' ? `missing:${t.checkId ?? null}` : t.class]));
  expect(got).toEqual(want);
}

/** The toolbar badge as the browser shows it (read in the extension's worker). */
const badgeText = (worker: Worker) =>
  worker.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(details: object): Promise<string> } } }).chrome.action.getBadgeText({}));

test.describe('reconciliation', () => {
  test.use({ scenarioName: 'shopify-bulk-plus' });

  test('classifies every order, fills the popup and the badge, and leads to the panel', async ({ context, extensionId, sandbox, worker }) => {
    test.setTimeout(180_000);
    await connectThroughOptions(context, extensionId, sandbox.scenario().connections[0]!);
    sandbox.clearRequests();
    const popup = await openPopup(context, extensionId);
    await runNow(popup);
    await waitForDone(popup);
    await expectClassesAsTruth(popup, sandbox);
    // The day's budget, read through the accounting contract (lib/sync/popup-view.ts), as Exact last reported it.
    await expect(popup.getByTestId('budget')).toBeVisible();
    await expect(popup.getByTestId('budget')).toHaveAttribute('data-low', 'false');

    // Calls grow with the window divided by the page size, not with the number of orders.
    const { classes, count } = truth(sandbox);
    const shopCalls = sandbox.requests().filter((r) => r.side === 'shop').length;
    const exactCalls = sandbox.requests().filter((r) => r.side === 'accounting').length;
    expect(shopCalls).toBeLessThanOrEqual(Math.ceil(Object.keys(classes).length / 17) + 5);
    expect(exactCalls).toBeLessThanOrEqual(12);

    for (const cls of ['imported', 'waiting', 'before-install', 'missing']) {
      await expect(popup.getByTestId(`count-${cls}`)).toHaveText(String(count(cls)));
    }
    expect(await badgeText(worker)).toBe(String(count('missing')));

    // The missing list, newest first, each with its first failing check.
    const rows = popup.getByTestId('missing-order');
    await expect(rows.first()).toBeVisible();
    const first = rows.first();
    const orderId = (await first.getAttribute('data-order-id'))!;
    expect(classes[orderId]?.class).toBe('missing');
    const check = Number(await first.getAttribute('data-check'));
    expect(check).toBe(classes[orderId]?.checkId);

    // Clicking it opens the order page, where the panel names the same check.
    const opened = context.waitForEvent('page');
    await first.click();
    const orderPage = await opened;
    await orderPage.waitForLoadState();
    expect(orderPage.url()).toContain(`/orders/${orderId}`);
    await orderPage.getByTestId('check-import').click();
    await expect(statusOf(orderPage)).toHaveAttribute('data-state', 'result', { timeout: 45_000 });
    await expect(statusOf(orderPage)).toHaveAttribute('data-verdict', 'will-not-import');
    await expect(orderPage.locator(`[data-check="${check}"]`)).toHaveAttribute('data-outcome', 'fail');
  });

  test('an Exact 429 burst pauses the run, the popup says until when, and it resumes by itself', async ({ context, extensionId, sandbox }) => {
    test.setTimeout(240_000);
    await connectThroughOptions(context, extensionId, sandbox.scenario().connections[0]!);
    // Longer than the worker may sleep: the run must pause instead of waiting inside the worker.
    sandbox.faults.add({ host: 'start.exactonline.nl', path: /\/bulk\//i, times: 2, fault: { kind: 'rate-limit', retryAfterSeconds: 20 } });
    const popup = await openPopup(context, extensionId);
    await runNow(popup);
    const paused = popup.getByTestId('sync-paused');
    await expect(paused).toHaveAttribute('data-reason', 'rate-limit', { timeout: 60_000 });
    const until = Date.parse((await paused.getAttribute('data-until'))!);
    expect(until).toBeGreaterThan(Date.now());
    expect(until).toBeLessThan(Date.now() + 25_000);
    await waitForDone(popup, 180_000);
    await expectClassesAsTruth(popup, sandbox);
  });

  test('a used-up daily budget pauses the run until Exact\'s reset, and says so', async ({ context, extensionId, sandbox }) => {
    await connectThroughOptions(context, extensionId, sandbox.scenario().connections[0]!);
    // The day's calls are used up after the connect: every Exact call is refused until midnight.
    sandbox.scenario().exact.dailyLimit = 0;
    const popup = await openPopup(context, extensionId);
    await runNow(popup);
    const paused = popup.getByTestId('sync-paused');
    await expect(paused).toHaveAttribute('data-reason', 'daily-budget', { timeout: 60_000 });
    const [run] = await stored<StoredRun>(popup, 'syncRuns');
    expect(run).toMatchObject({ phase: 'documents', pauseReason: 'daily-budget' });
    expect(Date.parse(run!.pausedUntil!)).toBeGreaterThan(Date.now() + 60_000);
    // Until when, in the merchant's words: Exact's reset is at midnight.
    await expect(paused).toContainText(/\d{1,2}:\d{2}/);
  });
});

test.describe('a worker stopped mid-run', () => {
  test.use({ scenarioName: 'shopify-bulk-plus' });

  test('resumes the same run where it was, with the same result and nothing twice', async ({ context, extensionId, sandbox, page }) => {
    test.setTimeout(240_000);
    await connectThroughOptions(context, extensionId, sandbox.scenario().connections[0]!);
    sandbox.clearRequests();
    // Slow shop answers, so the orders phase is still going when the worker is stopped.
    sandbox.setLatency(700, 'shop');
    const popup = await openPopup(context, extensionId);
    await runNow(popup);
    await expect.poll(async () => (await stored<StoredRun>(popup, 'syncRuns'))[0]?.progress.orders ?? 0, { timeout: 60_000 }).toBeGreaterThan(30);

    // Stop the service worker, as Chrome does to an idle worker or one busy for too long.
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const [before] = await stored<StoredRun & { runId: string }>(popup, 'syncRuns');
    expect(before).toMatchObject({ phase: 'orders' });
    const asked = sandbox.requests().filter((r) => r.side === 'shop').length;
    await popup.waitForTimeout(3000);
    expect(sandbox.requests().filter((r) => r.side === 'shop').length, 'a stopped worker asks nothing more').toBeLessThanOrEqual(asked + 1);

    // Nobody asks: the reconciliation's alarm wakes the worker, and the same run goes on.
    sandbox.setLatency(0, 'shop');
    await waitForDone(popup, 180_000);
    const [after] = await stored<StoredRun & { runId: string }>(popup, 'syncRuns');
    expect(after!.runId).toBe(before!.runId);
    await expectClassesAsTruth(popup, sandbox);
    // An uninterrupted run takes 20 calls for this shop; a resumed one at most re-asks the page in flight.
    expect(sandbox.requests().filter((r) => r.side === 'shop').length).toBeLessThanOrEqual(22);
  });
});

/** Runs the reconciliation from the popup on the scenario's one connection; returns the popup when done. */
async function reconcileOnce(context: BrowserContext, extensionId: string, sandbox: Sandbox): Promise<Page> {
  await connectThroughOptions(context, extensionId, sandbox.scenario().connections[0]!);
  sandbox.clearRequests();
  const popup = await openPopup(context, extensionId);
  await runNow(popup);
  await waitForDone(popup, 50_000);
  return popup;
}

test.describe('reconciliation on WooCommerce', () => {
  test.use({ scenarioName: 'woocommerce-bulk' });

  test('classifies every order of a generated shop as its ground truth says, in ⌈window / 100⌉ list calls', async ({ context, extensionId, sandbox }) => {
    const popup = await reconcileOnce(context, extensionId, sandbox);
    await expectClassesAsTruth(popup, sandbox);
    const { classes, count } = truth(sandbox);
    await expect(popup.getByTestId('count-missing')).toHaveText(String(count('missing')));
    const lists = sandbox.requests().filter((r) => r.host === 'shop.example.test' && r.path === '/wp-json/wc/v3/orders');
    expect(lists.map((r) => r.status)).toEqual(Array.from({ length: Math.ceil(Object.keys(classes).length / 100) }, () => 200));
  });
});

test.describe('reconciliation on Bol.com', () => {
  test.use({ scenarioName: 'bol-bulk' });

  /** bol's list calls of the sandbox, by query, from `from` (ms) on. */
  const bolLists = (sandbox: Sandbox, from = 0) =>
    sandbox
      .requests()
      .filter((r) => r.host === 'api.bol.com' && r.path === '/retailer/orders' && r.at >= from)
      .map((r) => ({ at: r.at, status: r.status, query: new URLSearchParams(r.query) }));

  test('walks 30 days of shipped orders day by day to their ground-truth classes; a second run asks only for changes', async ({ context, extensionId, sandbox }) => {
    test.setTimeout(300_000);
    // Most orders of the month were handled more than 48 hours ago: bol's plain list no longer holds them.
    const account = sandbox.scenario().bol!.accounts[0]!;
    const { classes, count } = truth(sandbox);
    const longHandled = account.orders.filter((o) => classes[o.orderId] && o.orderItems.every((i) => i.quantityShipped + i.quantityCancelled >= i.quantity && Date.parse(i.latestChangedDateTime) < Date.now() - 48 * 3_600_000));
    expect(longHandled.length).toBeGreaterThan(Object.keys(classes).length / 2);

    await connectThroughOptions(context, extensionId, sandbox.scenario().connections[0]!);
    sandbox.clearRequests();
    const popup = await openPopup(context, extensionId);
    await runNow(popup);
    // 32 day calls are more than bol's 25 list calls a minute: the run pauses once and goes on by itself.
    await waitForDone(popup, 200_000);
    await expectClassesAsTruth(popup, sandbox);
    await expect(popup.getByTestId('count-missing')).toHaveText(String(count('missing')));
    await expect(popup.getByTestId('unread-days')).toHaveCount(0);
    const first = bolLists(sandbox).filter((r) => r.status === 200);
    expect(first.every((r) => r.query.has('latest-change-date') && !r.query.has('change-interval-minute'))).toBe(true);
    expect(new Set(first.map((r) => r.query.get('latest-change-date'))).size).toBe(32);
    const details = sandbox.requests().filter((r) => r.host === 'api.bol.com' && r.path.startsWith('/retailer/orders/') && r.status === 200);
    expect(details).toHaveLength(Object.keys(classes).length);

    // The next run (the merchant presses "Check now" again): only what changed since, one list call, no detail.
    const second = Date.now();
    await runNow(popup);
    await expect.poll(async () => (await stored<StoredRun & { runId: string; startedAt: string }>(popup, 'syncRuns'))[0]?.startedAt ?? '', { timeout: 30_000 }).not.toBe('');
    await expect
      .poll(async () => {
        const [run] = await stored<StoredRun & { startedAt: string }>(popup, 'syncRuns');
        return run && Date.parse(run.startedAt) >= second - 1000 && run.phase === 'done';
      }, { timeout: 60_000 })
      .toBe(true);
    const later = bolLists(sandbox, second);
    expect(later).toHaveLength(1);
    expect(later[0]!.query.has('latest-change-date')).toBe(false);
    expect(Number(later[0]!.query.get('change-interval-minute'))).toBeLessThanOrEqual(16);
    expect(sandbox.requests().filter((r) => r.host === 'api.bol.com' && r.path.startsWith('/retailer/orders/') && r.at >= second)).toEqual([]);
    // Orders that left bol's list stay counted, with their class.
    await expectClassesAsTruth(popup, sandbox);
  });

  /**
   * bol allows 25 list calls a minute: a 30-day walk (32 day calls) pauses about a minute, which the
   * first test covers. The tests below need only some days, so the merchant's shorter window
   * (14 days, 16 day calls) keeps them within one minute's calls instead of waiting out bol's window.
   */
  async function connectWithShortWindow(context: BrowserContext, extensionId: string, sandbox: Sandbox): Promise<void> {
    const options = await connectThroughOptions(context, extensionId, sandbox.scenario().connections[0]!);
    await options.getByTestId('field-sync-window').selectOption('14');
    await options.getByTestId('save-sync-settings').click();
    await expect(options.getByTestId('sync-notice')).toHaveAttribute('data-tone', 'ok');
  }
  const placedAt = (sandbox: Sandbox) => {
    const placed = new Map(sandbox.scenario().bol!.accounts.flatMap((a) => a.orders).map((o) => [o.orderId, Date.parse(o.orderPlacedDateTime)]));
    return (orderId: string) => placed.get(orderId) ?? Number.NaN;
  };

  test('a day bol.com answered badly is named in the popup, and asked again by the next run', async ({ context, extensionId, sandbox }) => {
    test.setTimeout(300_000);
    await connectWithShortWindow(context, extensionId, sandbox);
    sandbox.clearRequests();
    // The first day of the walk answers cut-off JSON: that day is unread, the others are read.
    sandbox.faults.add({ host: 'api.bol.com', path: '/retailer/orders', times: 1, fault: { kind: 'truncated-json' } });
    const popup = await openPopup(context, extensionId);
    await runNow(popup);
    await waitForDone(popup, 200_000);
    const firstDay = bolLists(sandbox)[0]!.query.get('latest-change-date')!;
    const note = popup.getByTestId('unread-error');
    await expect(note).toBeVisible();
    await expect(note).toContainText('Bol.com answered with an error for 1 day(s) of this period');
    await expect(popup.getByTestId('count-imported')).toBeVisible();

    const second = Date.now();
    await runNow(popup);
    await expect(popup.getByTestId('unread-days')).toHaveCount(0, { timeout: 60_000 });
    const asked = bolLists(sandbox, second).map((r) => r.query.get('latest-change-date'));
    expect(asked[0]).toBe(firstDay);
    await expectClassesAsTruth(popup, sandbox, placedAt(sandbox));
  });

  test('a worker stopped mid-backfill resumes at the day it had reached', async ({ context, extensionId, sandbox, page }) => {
    test.setTimeout(300_000);
    await connectWithShortWindow(context, extensionId, sandbox);
    sandbox.clearRequests();
    sandbox.setLatency(500, 'shop');
    const popup = await openPopup(context, extensionId);
    await runNow(popup);
    type FeedRun = StoredRun & { runId: string; feed?: { days: string[]; index: number } | null };
    await expect.poll(async () => (await stored<FeedRun>(popup, 'syncRuns'))[0]?.feed?.index ?? 0, { timeout: 90_000 }).toBeGreaterThanOrEqual(4);

    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const stoppedAt = Date.now();
    const [before] = await stored<FeedRun>(popup, 'syncRuns');
    expect(before).toMatchObject({ phase: 'orders' });
    const reached = before!.feed!.days[before!.feed!.index]!;

    // Nobody asks: the reconciliation's alarm wakes the worker, and the same run goes on from that day.
    sandbox.setLatency(0, 'shop');
    await waitForDone(popup, 200_000);
    const [after] = await stored<FeedRun>(popup, 'syncRuns');
    expect(after!.runId).toBe(before!.runId);
    const resumed = bolLists(sandbox, stoppedAt + 1000).map((r) => r.query.get('latest-change-date') ?? '');
    expect(resumed.length).toBeGreaterThan(0);
    expect(resumed[0]! >= reached).toBe(true);
    expect(resumed.filter((day) => day < reached)).toEqual([]);
    await expectClassesAsTruth(popup, sandbox, placedAt(sandbox));
  });
});
