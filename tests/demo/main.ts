/**
 * `npm run demo`: the built extension in Debian's Chromium against the sandbox's "shopify-checks"
 * scenario, connected through the options page exactly as a merchant would.
 * - With a display: a visible Chromium on a sample order page, until Ctrl-C or the window closes.
 * - Without one (or with DEMO_HEADLESS=1): every sample order checked headless, screenshots in
 *   demo-output/, exit code 1 when a verdict differs from the scenario's.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { EXTENSION_DIR, extensionIdOf, extensionWorker, launchWithExtension } from '../e2e/browser';
import { connectThroughOptions } from '../e2e/connect';
import { scenarios } from '../sandbox/scenarios/index';
import type { Scenario } from '../sandbox/scenarios/types';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { checkEveryOrder, OUTPUT_DIR } from './check-orders';
import { expectationLine, printSummary, relativePath, resultLine } from './report';

const SCENARIO = 'shopify-checks';

async function main(): Promise<number> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.error(`No built extension in ${relativePath(EXTENSION_DIR)}: run "npx wxt build" first (or "npm run demo").`);
    return 1;
  }
  const headless = process.env.DEMO_HEADLESS === '1' || !process.env.DISPLAY;
  handleStopSignals();
  const sandbox = await startSandbox({ scenario: scenarios[SCENARIO]!() });
  try {
    const scenario = sandbox.scenario();
    console.log(`Sandbox on https://127.0.0.1:${sandbox.port}, scenario "${scenario.name}", playing:`);
    for (const host of sandbox.hostnames) console.log(`  ${host}`);
    const context = await withoutPlaywrightCtrlC(() => launchWithExtension({ hostResolverRules: sandbox.hostResolverRules(), headless }));
    try {
      const extensionId = extensionIdOf(await extensionWorker(context));
      console.log(`\nConnecting "${scenario.connections[0]!.profile.label}" through the options page…`);
      const options = await connectThroughOptions(context, extensionId, scenario.connections[0]!);
      console.log('Connected.');
      return headless ? await runHeadless(sandbox, scenario, options) : await runVisible(context, sandbox, scenario);
    } finally {
      await context.close().catch(() => undefined);
    }
  } finally {
    await sandbox.stop();
  }
}

async function runHeadless(sandbox: Sandbox, scenario: Scenario, options: Page): Promise<number> {
  console.log(`\nChecking ${scenario.expectations.length} sample orders headless…\n`);
  const results = await checkEveryOrder(sandbox, scenario, options, {
    onResult: (result) => console.log(resultLine(result)),
    onWait: (order, seconds) =>
      console.log(`          order ${order.orderId}: Exact Online's 60 calls a minute are used up; as the panel advises, checking again in ${seconds} s…`),
  });
  const allMatch = printSummary(results);
  const writes = sandbox.violations();
  if (writes.length > 0) console.log(`\nFAIL: the extension attempted ${writes.length} write request(s): ${JSON.stringify(writes)}`);
  console.log(`\nScreenshots in ${relativePath(OUTPUT_DIR)}/:`);
  for (const path of [join(OUTPUT_DIR, 'options.png'), ...results.map((r) => r.screenshot)]) console.log(`  ${relativePath(path)}`);
  return allMatch && writes.length === 0 ? 0 : 1;
}

async function runVisible(context: BrowserContext, sandbox: Sandbox, scenario: Scenario): Promise<number> {
  const first = scenario.expectations[0]!;
  const page = context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
  await page.goto(first.adminUrl);
  await page.bringToFront();
  console.log(`\nChromium is open on ${first.adminUrl}: press "Check import" in the import-doctor panel.`);
  console.log('Sample order pages to try (expected verdict, why):');
  for (const expectation of scenario.expectations) console.log(`  ${expectationLine(expectation)}`);
  console.log('\nCtrl-C (or closing the browser) stops the demo.');
  await untilStopped(context);
  console.log('\nStopping: closing the browser and the sandbox…');
  const writes = sandbox.violations();
  if (writes.length > 0) console.log(`The extension attempted ${writes.length} write request(s): ${JSON.stringify(writes)}`);
  return writes.length === 0 ? 0 : 1;
}

/** Set while the visible demo waits for the user: the next Ctrl-C ends the wait instead of the process. */
let stopRequested: (() => void) | null = null;

/**
 * Ctrl-C (or SIGTERM) while the visible demo waits: stop in order (browser, then sandbox). At any
 * other moment, or a second time: exit at once; Playwright's exit handler still kills Chromium.
 */
function handleStopSignals(): void {
  const onSignal = (): void => {
    const stop = stopRequested;
    stopRequested = null;
    if (stop) return stop();
    console.log('\nInterrupted.');
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/** Resolves on Ctrl-C, SIGTERM, or when the user closes the browser window. */
function untilStopped(context: BrowserContext): Promise<void> {
  return new Promise((resolve) => {
    stopRequested = resolve;
    context.once('close', () => {
      stopRequested = null;
      resolve();
    });
  });
}

/**
 * Playwright adds a Ctrl-C handler at launch that closes the browser and exits with code 130
 * before the sandbox is stopped; the demo's own handler (handleStopSignals) does both, so
 * Playwright's is taken off again. Its `exit` handler stays: any exit still kills Chromium.
 */
async function withoutPlaywrightCtrlC<T>(launch: () => Promise<T>): Promise<T> {
  const before = new Set(process.listeners('SIGINT'));
  const result = await launch();
  for (const listener of process.listeners('SIGINT')) if (!before.has(listener)) process.off('SIGINT', listener);
  return result;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('\nThe demo failed:', error);
    process.exit(1);
  },
);
