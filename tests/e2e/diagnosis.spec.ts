import type { Page } from '@playwright/test';
import { connectThroughOptions } from './connect';
import { expect, test } from './fixtures';
import type { OrderExpectation } from '../sandbox/scenarios/types';

async function checkImport(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('check-import').click();
  await expect(page.locator('[data-verdict]').first()).toHaveAttribute('data-state', /result|unavailable/, { timeout: 30_000 });
}

async function expectDiagnosis(page: Page, expected: OrderExpectation): Promise<void> {
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', expected.verdict);
  for (const [check, outcome] of Object.entries(expected.outcomes ?? {})) {
    await expect(page.locator(`[data-check="${check}"]`), `check ${check}: ${expected.note}`).toHaveAttribute('data-outcome', outcome);
  }
}

test('connects Exact through the options page and diagnoses a healthy order', async ({ context, page, extensionId, sandbox }) => {
  const scenario = sandbox.scenario();
  await connectThroughOptions(context, extensionId, scenario.connections[0]!);
  const healthy = scenario.expectations.find((e) => e.verdict === 'will-import')!;
  await checkImport(page, healthy.adminUrl);
  await expectDiagnosis(page, healthy);
});
