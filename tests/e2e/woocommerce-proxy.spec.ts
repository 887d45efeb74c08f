import { translate } from '../../lib/i18n/translate';
import { scenarios } from '../sandbox/scenarios';
import type { OrderExpectation } from '../sandbox/scenarios/types';
import { connectThroughOptions } from './connect';
import { expect, test } from './fixtures';
import { checkImport, expectDiagnosis } from './panel';

/**
 * A WooCommerce shop behind a proxy or CDN that ends TLS without telling WordPress: WooCommerce
 * ignores Basic auth there (401 woocommerce_rest_cannot_view) and accepts OAuth 1.0a signed
 * requests. The shop gets its true verdicts, a really refused key still fails check 2, and the
 * connection test says why import-doctor signs.
 */

const proxy = scenarios['woocommerce-proxy']!();
const refused = scenarios['woocommerce-proxy-refused']!();
const ROOT = 'demo-woo-proxy';

/** Sample orders of the root site: healthy, imported, and failing checks 3, 5 and 7. */
const SAMPLES = ['2001', '2005', '2008', '2006', '2017'].map((id) => proxy.expectations.find((e) => e.connectionId === ROOT && e.orderId === id)!);

const isApi = (r: { path: string }) => r.path.includes('/wp-json/');
const signed = (r: { query: string }) => new URLSearchParams(r.query).has('oauth_signature');

test.describe('WooCommerce behind a TLS-terminating proxy', () => {
  test.use({ scenarioName: 'woocommerce-proxy' });

  test('every sample order gets its true verdict; after the first key test, requests are signed at once', async ({ context, page, extensionId, sandbox }) => {
    test.setTimeout(120_000);
    const connection = sandbox.scenario().connections.find((c) => c.profile.id === ROOT)!;
    await connectThroughOptions(context, extensionId, connection);
    // Saving tried the key: Basic was ignored once, then the signed request was accepted.
    const atSave = sandbox.requests().filter(isApi);
    expect(atSave.map((r) => [signed(r), r.status])).toEqual([
      [false, 401],
      [true, 200],
    ]);
    sandbox.clearRequests();
    for (const expected of SAMPLES as OrderExpectation[]) {
      await checkImport(page, expected.adminUrl);
      await expectDiagnosis(page, expected);
    }
    const api = sandbox.requests().filter(isApi);
    expect(api.length).toBeGreaterThanOrEqual(SAMPLES.length);
    for (const r of api) {
      expect(r.method).toBe('GET');
      expect(signed(r), r.path).toBe(true);
      expect(r.status, r.path).toBe(200);
      expect(r.query).not.toMatch(/(^|[?&])consumer_(key|secret)=/);
      if (connection.shopCredentials.platform === 'woocommerce') expect(r.query).not.toContain(connection.shopCredentials.consumerSecret);
    }
  });

  test('"Test connection" says the site does not tell WordPress it runs on HTTPS, and that requests are signed', async ({ context, extensionId, sandbox }) => {
    const connection = sandbox.scenario().connections.find((c) => c.profile.id === ROOT)!;
    const options = await connectThroughOptions(context, extensionId, connection);
    await options.getByTestId('test-shop').click();
    await expect(options.getByTestId('test-shop-result')).toHaveAttribute('data-state', 'ok');
    await expect(options.getByTestId('test-shop-notice')).toHaveText(translate({ key: 'options.test.woocommerce-signed' }, 'en'));
  });

  test('a really refused key still fails check 2, naming WooCommerce and the connector\'s key', async ({ context, page, extensionId, sandbox }) => {
    const expected = refused.expectations.find((e) => e.connectionId === ROOT && e.fix === 'check.2.fix.shop-refused-connector-key')!;
    const connection = sandbox.scenario().connections.find((c) => c.profile.id === ROOT)!;
    await connectThroughOptions(context, extensionId, connection);
    // The merchant revoked the key in WooCommerce: the live shop now knows only a new one.
    sandbox.scenario().woocommerce!.sites.forEach((site, i) => (site.keys = refused.woocommerce!.sites[i]!.keys));
    sandbox.clearRequests();
    await checkImport(page, expected.adminUrl);
    await expectDiagnosis(page, expected);
    await expect(page.locator('[data-check="2"]')).toContainText('WooCommerce');
    // The site is remembered as signing: WooCommerce's own refusal of the signed request decided.
    const api = sandbox.requests().filter(isApi);
    expect(api.length).toBeGreaterThan(0);
    expect(api.every(signed)).toBe(true);
    expect(api.every((r) => r.status === 401)).toBe(true);
  });
});

test.describe('WooCommerce behind a TLS-terminating proxy, in Dutch', () => {
  test.use({ scenarioName: 'woocommerce-proxy', locale: 'nl-NL' });

  test('"Verbinding testen" says the same in Dutch', async ({ context, extensionId, sandbox }) => {
    const connection = sandbox.scenario().connections.find((c) => c.profile.id === ROOT)!;
    const options = await connectThroughOptions(context, extensionId, connection);
    await options.getByTestId('test-shop').click();
    await expect(options.getByTestId('test-shop-notice')).toHaveText(translate({ key: 'options.test.woocommerce-signed' }, 'nl'));
  });
});

test.describe('WooCommerce on a server that drops the Authorization header', () => {
  test.use({ scenarioName: 'woocommerce-header-dropped' });

  test('signs over https, gets the true verdict, and the connection test says the header does not reach WordPress', async ({ context, page, extensionId, sandbox }) => {
    const expected = sandbox.scenario().expectations.find((e) => e.connectionId === 'demo-woo-header' && e.orderId === '2017')!;
    const connection = sandbox.scenario().connections.find((c) => c.profile.id === 'demo-woo-header')!;
    const options = await connectThroughOptions(context, extensionId, connection);
    await options.getByTestId('test-shop').click();
    await expect(options.getByTestId('test-shop-notice')).toHaveText(translate({ key: 'options.test.woocommerce-signed-header' }, 'en'));
    await checkImport(page, expected.adminUrl);
    await expectDiagnosis(page, expected);
  });
});
