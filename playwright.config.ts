import { defineConfig } from '@playwright/test';

// One worker: a test launches its own Chromium with the extension, or shares one with the other
// read-only tests of its scenario (tests/e2e/shared-browser.ts); the machines have 2 cores.
// Traces are recorded on the first retry only (CI retries once): recording every test's trace to
// keep it on failure cost about a fifth of the suite's time on the 2-core machine.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: { trace: 'on-first-retry', screenshot: 'only-on-failure' },
});
