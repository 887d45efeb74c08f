import type { BrowserContext, Page } from '@playwright/test';
import type { Sandbox } from '../sandbox/server';
import type { OrderExpectation } from '../sandbox/scenarios/types';
import { connectThroughOptions } from './connect';
import { expect, test } from './fixtures';
import { checkImport, expectDiagnosis } from './panel';

/** A merchant with several connections: each order page is judged with the connection it belongs to. */
async function connectAll(context: BrowserContext, extensionId: string, sandbox: Sandbox, ids: string[]): Promise<void> {
  for (const id of ids) {
    const options = await connectThroughOptions(context, extensionId, sandbox.scenario().connections.find((c) => c.profile.id === id)!);
    await options.close();
  }
}

async function expectJudgedBy(page: Page, sandbox: Sandbox, expected: OrderExpectation): Promise<void> {
  const connection = sandbox.scenario().connections.find((c) => c.profile.id === expected.connectionId)!;
  await checkImport(page, expected.adminUrl);
  await expectDiagnosis(page, expected);
  await expect(page.getByTestId('checked-at')).toContainText(connection.profile.label);
}

test.describe('a Shopify shop and a Bol.com account booking into one division', () => {
  test.use({ scenarioName: 'shopify-and-bol' });

  test('each page uses its own connection', async ({ context, page, extensionId, sandbox }) => {
    const ids = sandbox.scenario().connections.map((c) => c.profile.id);
    expect(new Set(sandbox.scenario().connections.map((c) => c.profile.platform))).toEqual(new Set(['shopify', 'bol']));
    await connectAll(context, extensionId, sandbox, ids);
    for (const id of ids) {
      const failing = sandbox.scenario().expectations.find((e) => e.connectionId === id && e.verdict === 'will-not-import')!;
      await expectJudgedBy(page, sandbox, failing);
    }
  });
});

test.describe('two WooCommerce shops on one domain, in different folders', () => {
  test.use({ scenarioName: 'woocommerce-checks' });

  test('each folder uses its own connection', async ({ context, page, extensionId, sandbox }) => {
    const ids = ['demo-woo', 'demo-woo-winkel'];
    await connectAll(context, extensionId, sandbox, ids);
    for (const id of ids) await expectJudgedBy(page, sandbox, sandbox.scenario().expectations.find((e) => e.connectionId === id)!);
  });
});

test.describe('two Bol.com accounts, whose seller dashboards share one address', () => {
  test.use({ scenarioName: 'bol-two-accounts' });

  test('each order is judged with the account that knows it', async ({ context, page, extensionId, sandbox }) => {
    const ids = sandbox.scenario().connections.map((c) => c.profile.id);
    await connectAll(context, extensionId, sandbox, ids);
    const second = sandbox.scenario().expectations.at(-1)!;
    const first = sandbox.scenario().expectations.find((e) => e.connectionId !== second.connectionId && e.failingCheck === second.failingCheck)!;
    await expectJudgedBy(page, sandbox, first);
    // The merchant logs in to the second retailer's dashboard.
    sandbox.scenario().bol!.dashboardRetailerId = sandbox.scenario().bol!.accounts[1]!.retailerId;
    await expectJudgedBy(page, sandbox, second);
  });
});
