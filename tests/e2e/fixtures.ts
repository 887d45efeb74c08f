import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { scenarios } from '../sandbox/scenarios';
import { extensionIdOf, extensionWorker, launchWithExtension } from './browser';
import { SharedBrowser } from './shared-browser';

/**
 * Per worker: one sandbox. Per test, by default: a fresh Chromium profile with the built extension,
 * so the test starts with an empty IndexedDB. A group of tests that only read (sample orders and
 * their verdicts) may `test.use({ shareBrowser: true })`: they share one Chromium, profile and
 * connection per scenario and language (see shared-browser.ts for what is reset between them).
 * After each test the sandbox must have seen no write.
 */
interface WorkerFixtures {
  sandbox: Sandbox;
  sharedBrowser: SharedBrowser;
}

interface TestFixtures {
  scenarioName: string;
  shareBrowser: boolean;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  page: Page;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  sandbox: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const sandbox = await startSandbox({ scenario: scenarios['shopify-checks']!() });
      await use(sandbox);
      await sandbox.stop();
    },
    { scope: 'worker' },
  ],
  sharedBrowser: [
    async ({ sandbox }, use) => {
      const shared = new SharedBrowser(sandbox);
      await use(shared);
      await shared.close();
    },
    { scope: 'worker' },
  ],
  scenarioName: ['shopify-checks', { option: true }],
  shareBrowser: [false, { option: true }],
  context: async ({ sandbox, sharedBrowser, scenarioName, shareBrowser, locale }, use) => {
    const make = scenarios[scenarioName];
    if (!make) throw new Error(`unknown scenario ${scenarioName}`);
    if (shareBrowser) {
      await use(await sharedBrowser.acquire(scenarioName, make, locale ?? 'en-US'));
    } else {
      // A test of its own loads a fresh world, which the shared browser's tokens no longer match.
      await sharedBrowser.close();
      sandbox.load(make());
      sandbox.faults.clear();
      sandbox.clearRequests();
      const context = await launchWithExtension({ hostResolverRules: sandbox.hostResolverRules(), locale: locale ?? 'en-US' });
      await use(context);
      await context.close();
    }
    expect(sandbox.violations(), 'the extension must never write to an API').toEqual([]);
  },
  worker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ context, sharedBrowser, shareBrowser }, use) => {
    await use(shareBrowser ? sharedBrowser.extensionId() : extensionIdOf(await extensionWorker(context)));
  },
  page: async ({ context, shareBrowser }, use) => {
    if (!shareBrowser) return use(context.pages()[0] ?? (await context.newPage()));
    // A tab of its own per test: the panel and the per-tab limits start afresh.
    const page = await context.newPage();
    await use(page);
    await page.close();
  },
});

export { expect };
