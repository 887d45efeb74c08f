import { scenarios } from '../sandbox/scenarios';
import { connectThroughOptions, ensureConnected } from './connect';
import { expect, test } from './fixtures';
import { checkImport, expectDiagnosis } from './panel';

/**
 * WooCommerce (legacy and HPOS screens, a shop in a subfolder, the connector's URL changed) and
 * Bol.com: every sample order gets the verdict its data calls for, on the real URL shapes.
 */
for (const name of ['woocommerce-checks', 'bol-checks']) {
  const scenario = scenarios[name]!();

  test.describe(name, () => {
    // Only reads: one browser and one setup per connection for the whole group (fixtures.ts).
    test.use({ scenarioName: name, shareBrowser: true });

    for (const expected of scenario.expectations) {
      const screen = expected.adminUrl.includes('wc-orders') ? ' [HPOS]' : expected.adminUrl.includes('post.php') ? ' [legacy]' : '';
      test(`order ${expected.orderId}${screen}: ${expected.verdict}${expected.failingCheck ? ` (check ${expected.failingCheck})` : ''}`, async ({ context, page, extensionId, sandbox }) => {
        const connection = sandbox.scenario().connections.find((c) => c.profile.id === expected.connectionId)!;
        await ensureConnected(context, extensionId, connection);
        await checkImport(page, expected.adminUrl);
        await expectDiagnosis(page, expected);
      });
    }
  });
}

test.describe('WooCommerce refusing the key', () => {
  test.use({ scenarioName: 'woocommerce-checks' });

  test('fails check 2 naming WooCommerce, and says it is the connector\'s key', async ({ context, page, extensionId, sandbox }) => {
    const refused = scenarios['woocommerce-auth-refused']!();
    const expected = refused.expectations.find((e) => e.fix === 'check.2.fix.shop-refused-connector-key')!;
    const connection = sandbox.scenario().connections.find((c) => c.profile.id === expected.connectionId)!;
    await connectThroughOptions(context, extensionId, connection);
    // The merchant revoked the key in WooCommerce: the live shop now knows only a new one.
    sandbox.scenario().woocommerce!.sites.forEach((site, i) => (site.keys = refused.woocommerce!.sites[i]!.keys));
    await checkImport(page, expected.adminUrl);
    await expectDiagnosis(page, expected);
    await expect(page.locator('[data-check="2"]')).toContainText('WooCommerce');
  });
});

test.describe('WooCommerce keys', () => {
  test.use({ scenarioName: 'woocommerce-checks' });

  test('travel only as Basic auth, never in the query string', async ({ context, page, extensionId, sandbox }) => {
    const expected = sandbox.scenario().expectations[0]!;
    const connection = sandbox.scenario().connections.find((c) => c.profile.id === expected.connectionId)!;
    const options = await connectThroughOptions(context, extensionId, connection);
    // The options page shows the shop's origin as allowed (granted at install in this test build).
    await expect(options.getByTestId('site-access')).toHaveAttribute('data-granted', 'true');
    await expect(options.getByTestId('site-access')).toContainText('https://shop.example.test');
    await checkImport(page, expected.adminUrl);
    const api = sandbox.requests().filter((r) => r.path.startsWith('/wp-json/') || r.path.includes('/wp-json/'));
    expect(api.length).toBeGreaterThan(0);
    for (const request of api) expect(request.query).not.toMatch(/consumer_(key|secret)/);
  });
});
