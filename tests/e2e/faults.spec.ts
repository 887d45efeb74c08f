import { translate } from '../../lib/i18n/translate';
import type { Scenario } from '../sandbox/scenarios/types';
import { connectThroughOptions, ensureConnected } from './connect';
import { expect, test } from './fixtures';
import { checkImport, checkRow, expectDiagnosis, statusOf } from './panel';

/**
 * Faults on either API: refusals fail check 2 naming the side, transient faults are retried, and
 * what cannot be read ends as an `error` with a sentence, never as a crash or a wrong pass.
 */
const healthyOf = (scenario: Scenario) => scenario.expectations.find((e) => e.verdict === 'will-import')!;
const EXACT = 'start.exactonline.nl';
const SHOPIFY_API = /\.myshopify\.com$/;

// Injected faults are cleared between tests, so these share one browser and connection
// (fixtures.ts); the tests that change a credential in the world have their own.
test.describe('faults', () => {
  test.use({ shareBrowser: true });

  test.beforeEach(async ({ context, extensionId, sandbox }) => {
    await ensureConnected(context, extensionId, sandbox.scenario().connections[0]!);
    sandbox.clearRequests();
  });

  test('a 429 from Exact is retried after Retry-After, and the verdict stands', async ({ page, sandbox }) => {
    sandbox.faults.add({ host: EXACT, path: /^\/api\/v1\/\d+\/salesorder\/SalesOrders/i, times: 1, fault: { kind: 'rate-limit', retryAfterSeconds: 1 } });
    const expected = healthyOf(sandbox.scenario());
    await checkImport(page, expected.adminUrl);
    await expectDiagnosis(page, expected);
    const calls = sandbox.requests().filter((r) => /^\/api\/v1\/\d+\/salesorder\/SalesOrders/i.test(r.path));
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(calls[1]!.at - calls[0]!.doneAt, 'waited for Retry-After').toBeGreaterThanOrEqual(950);
  });

  test('Shopify THROTTLED in a 200 body is retried', async ({ page, sandbox }) => {
    sandbox.faults.add({ host: SHOPIFY_API, path: /graphql\.json$/, times: 1, fault: { kind: 'throttled-graphql' } });
    const expected = healthyOf(sandbox.scenario());
    await checkImport(page, expected.adminUrl);
    await expectDiagnosis(page, expected);
    expect(sandbox.requests().filter((r) => SHOPIFY_API.test(r.host) && r.path.endsWith('graphql.json')).length).toBe(2);
  });

  test('a hanging Exact call times out into an error with a sentence', async ({ page, sandbox }) => {
    test.setTimeout(150_000);
    sandbox.faults.add({ host: EXACT, path: /^\/api\/v1\/\d+\/logistics\/Items/i, fault: { kind: 'hang' } });
    await checkImport(page, healthyOf(sandbox.scenario()).adminUrl);
    await expect(statusOf(page)).toHaveAttribute('data-verdict', 'cannot-tell');
    await expect(checkRow(page, 7)).toHaveAttribute('data-outcome', 'error');
    await expect(checkRow(page, 7)).toContainText(translate({ key: 'failure.timeout', params: { side: 'Exact Online' } }, 'en'));
    // Checks that do not need the hung call still answer.
    await expect(checkRow(page, 3)).toHaveAttribute('data-outcome', 'pass');
  });

  test('a truncated Shopify answer is an error, not a crash or a pass', async ({ page, sandbox }) => {
    sandbox.faults.add({ host: SHOPIFY_API, path: /graphql\.json$/, fault: { kind: 'truncated-json' } });
    await checkImport(page, healthyOf(sandbox.scenario()).adminUrl);
    await expect(statusOf(page)).toHaveAttribute('data-verdict', 'cannot-tell');
    for (const check of [1, 3, 6]) await expect(checkRow(page, check)).toHaveAttribute('data-outcome', 'error');
  });

  test('an Exact answer of the wrong shape fails no check it cannot judge', async ({ page, sandbox }) => {
    sandbox.faults.add({ host: EXACT, path: /^\/api\/v1\/\d+\/vat\/VATCodes/i, fault: { kind: 'invalid-json-shape' } });
    await checkImport(page, healthyOf(sandbox.scenario()).adminUrl);
    await expect(statusOf(page)).toHaveAttribute('data-verdict', 'cannot-tell');
    await expect(checkRow(page, 4)).toHaveAttribute('data-outcome', 'error');
    // The technical detail is one click away, and names the call that failed.
    const detail = checkRow(page, 4).getByTestId('technical-detail');
    if (!(await detail.isVisible())) await checkRow(page, 4).getByRole('button').first().click();
    await detail.click();
    await expect(checkRow(page, 4)).toContainText(/VATCodes/i);
  });

  test('an HTML error page from Exact is an error with its status', async ({ page, sandbox }) => {
    sandbox.faults.add({ host: EXACT, path: /^\/api\/v1\/\d+\/salesorder\/SalesOrders/i, fault: { kind: 'html-error', status: 500 } });
    await checkImport(page, healthyOf(sandbox.scenario()).adminUrl);
    await expect(statusOf(page)).toHaveAttribute('data-verdict', 'cannot-tell');
    await expect(checkRow(page, 5)).toHaveAttribute('data-outcome', 'error');
  });
});

test.describe('refused credentials', () => {
  test.beforeEach(async ({ context, extensionId, sandbox }) => {
    await connectThroughOptions(context, extensionId, sandbox.scenario().connections[0]!);
    sandbox.clearRequests();
  });

  test('Shopify refusing the token fails check 2 naming Shopify', async ({ page, sandbox }) => {
    // The merchant reinstalled the app: the stored token is no longer accepted.
    sandbox.scenario().shopify.stores[0]!.accessTokens = ['shpat_reissued'];
    await checkImport(page, healthyOf(sandbox.scenario()).adminUrl);
    await expect(statusOf(page)).toHaveAttribute('data-verdict', 'will-not-import');
    await expect(checkRow(page, 2)).toHaveAttribute('data-outcome', 'fail');
    await expect(checkRow(page, 2)).toContainText(translate({ key: 'check.2.fail.shop-refused', params: { side: 'Shopify' } }, 'en'));
  });

  test('Exact refusing the connection (revoked) fails check 2 naming Exact Online', async ({ page, sandbox }) => {
    sandbox.exact.revokeTokens();
    sandbox.exact.expireAccessTokens();
    await checkImport(page, healthyOf(sandbox.scenario()).adminUrl);
    await expect(statusOf(page)).toHaveAttribute('data-verdict', 'will-not-import');
    await expect(checkRow(page, 2)).toHaveAttribute('data-outcome', 'fail');
    await expect(checkRow(page, 2)).toContainText('Exact Online');
  });
});
