import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { scenarios } from '../sandbox/scenarios';
import { extensionIdOf, extensionWorker, launchWithExtension } from './browser';

/**
 * Per worker: one sandbox. Per test: a fresh Chromium profile with the built extension, so every
 * test starts with an empty IndexedDB. After each test the sandbox must have seen no write.
 */
interface WorkerFixtures {
  sandbox: Sandbox;
}

interface TestFixtures {
  scenarioName: string;
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
  scenarioName: ['shopify-checks', { option: true }],
  context: async ({ sandbox, scenarioName, locale }, use) => {
    const make = scenarios[scenarioName];
    if (!make) throw new Error(`unknown scenario ${scenarioName}`);
    sandbox.load(make());
    sandbox.faults.clear();
    sandbox.clearRequests();
    const context = await launchWithExtension({ hostResolverRules: sandbox.hostResolverRules(), locale: locale ?? 'en-US' });
    await use(context);
    await context.close();
    expect(sandbox.violations(), 'the extension must never write to an API').toEqual([]);
  },
  worker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ worker }, use) => {
    await use(extensionIdOf(worker));
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
});

export { expect };
