import type { Download } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { ConfigDocumentSchema } from '../../lib/config/schema';
import { connectThroughOptions, enterCredentials, importSettings } from './connect';
import { expect, test } from './fixtures';
import { checkImport, expectDiagnosis } from './panel';

/** The options page: a merchant's setup, Exact's real consent screen, tests per side, the config file. */
test('connects Exact through its consent screen, then a check runs', async ({ context, extensionId, sandbox, page }) => {
  const scenario = sandbox.scenario();
  const connection = scenario.connections[0]!;
  sandbox.exact.setAutoConsent(false);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await importSettings(options, connection);
  await enterCredentials(options, connection);

  // Exact's sign-in window opens as its own page: the merchant approves the app there.
  const consent = context.waitForEvent('page', { predicate: (p) => p.url().includes('/api/oauth2/auth') });
  await options.getByTestId('connect-exact').click();
  const window = await consent;
  await window.locator('#authorize').click();
  await expect(options.getByTestId('exact-status')).toHaveAttribute('data-connected', 'true', { timeout: 20_000 });
  await expect(options.getByTestId('field-division')).toHaveValue(String(connection.profile.accounting.division));
  expect(sandbox.exact.tokenRequests().map((r) => [r.grantType, r.status])).toEqual([['authorization_code', 200]]);

  const healthy = scenario.expectations.find((e) => e.verdict === 'will-import')!;
  await checkImport(page, healthy.adminUrl);
  await expectDiagnosis(page, healthy);
});

test('denying consent leaves Exact unconnected and says so', async ({ context, extensionId, sandbox }) => {
  const connection = sandbox.scenario().connections[0]!;
  sandbox.exact.setAutoConsent(false);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await importSettings(options, connection);
  await enterCredentials(options, connection);
  const consent = context.waitForEvent('page', { predicate: (p) => p.url().includes('/api/oauth2/auth') });
  await options.getByTestId('connect-exact').click();
  await (await consent).locator('#deny').click();
  await expect(options.getByTestId('form-notice')).toHaveAttribute('data-tone', 'error');
  await expect(options.getByTestId('exact-status')).toHaveAttribute('data-connected', 'false');
});

test('"Test connection" tries the stored credentials of each side', async ({ context, extensionId, sandbox }) => {
  const options = await connectThroughOptions(context, extensionId, sandbox.scenario().connections[0]!);
  await options.getByTestId('test-shop').click();
  await expect(options.getByTestId('test-shop-result')).toHaveAttribute('data-state', 'ok');
  await options.getByTestId('test-accounting').click();
  await expect(options.getByTestId('test-accounting-result')).toHaveAttribute('data-state', 'ok');

  sandbox.scenario().shopify.stores[0]!.accessTokens = ['shpat_reissued'];
  await options.getByTestId('test-shop').click();
  await expect(options.getByTestId('test-shop-result')).toHaveAttribute('data-state', 'failed');
  await expect(options.getByTestId('test-shop-result')).toContainText('Shopify');
});

test('the form refuses invalid input before saving', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('add-connection').click();
  await options.getByTestId('field-label').fill('My shop');
  await options.getByTestId('field-shop-address').fill('not a shop address');
  await options.getByTestId('save-connection').click();
  // Every problem at once, next to its field: the missing installation date, and the address that
  // is not a myshopify address (the token would never be sent to it).
  await expect(options.getByTestId('error-field-installed-at')).toBeVisible();
  await expect(options.getByTestId('error-field-shop-address')).toBeVisible();
  await options.getByTestId('field-installed-at').fill('2026-01-05T09:00');
  await options.getByTestId('save-connection').click();
  await expect(options.getByTestId('error-field-installed-at')).toHaveCount(0);
  await expect(options.getByTestId('error-field-shop-address')).toBeVisible();
  await expect(options.getByTestId('field-shop-address')).toHaveAttribute('aria-invalid', 'true');
  await options.getByTestId('close-form').click();
  await expect(options.getByTestId('connection-row')).toHaveCount(0);
});

test('the exported configuration carries no secret and imports back', async ({ context, extensionId, sandbox }) => {
  const connection = sandbox.scenario().connections[0]!;
  const options = await connectThroughOptions(context, extensionId, connection);
  const download: Promise<Download> = options.waitForEvent('download');
  await options.getByTestId('export-config').click();
  const text = await readFile((await (await download).path())!, 'utf8');
  const document = ConfigDocumentSchema.parse(JSON.parse(text));
  expect(document.connections.map((c) => c.id)).toEqual([connection.profile.id]);
  const secrets = [
    connection.exactApp.clientSecret,
    connection.exactApp.clientId,
    ...Object.values(connection.shopCredentials).filter((v) => v !== connection.shopCredentials.platform),
  ];
  for (const secret of secrets) expect(text).not.toContain(secret);
  expect(text).not.toMatch(/access_token|refresh_token|shpat_/i);

  // A broken file is refused with a sentence per problem; nothing changes.
  await options.getByTestId('close-form').click();
  await options.getByTestId('import-text').fill(JSON.stringify({ ...document, version: 99 }));
  await options.getByTestId('import-submit').click();
  await expect(options.getByTestId('config-notice')).toHaveAttribute('data-tone', 'error');
  await expect(options.getByTestId('import-issue').first()).toBeVisible();
  await expect(options.getByTestId('connection-row')).toHaveCount(1);
});

test('how often and how far back recent orders are watched is set on the options page', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('field-sync-interval')).toHaveValue('15');
  await expect(options.getByTestId('field-sync-window')).toHaveValue('30');
  await options.getByTestId('field-sync-interval').selectOption('60');
  await options.getByTestId('field-sync-window').selectOption('14');
  await options.getByTestId('save-sync-settings').click();
  await expect(options.getByTestId('sync-notice')).toHaveAttribute('data-tone', 'ok');
  await options.reload();
  await expect(options.getByTestId('field-sync-interval')).toHaveValue('60');
  await expect(options.getByTestId('field-sync-window')).toHaveValue('14');
});

test('deleting a connection asks first, then removes it from the options page and the popup', async ({ context, extensionId, sandbox }) => {
  const connection = sandbox.scenario().connections[0]!;
  const options = await connectThroughOptions(context, extensionId, connection);
  await options.getByTestId('close-form').click();
  await options.getByTestId('delete-connection').click();
  await options.getByTestId('cancel-delete').click();
  await expect(options.getByTestId('connection-row')).toHaveCount(1);
  await options.getByTestId('delete-connection').click();
  await options.getByTestId('confirm-delete').click();
  await expect(options.getByTestId('connection-row')).toHaveCount(0);
  // The popup no longer lists it either.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('popup-empty')).toBeVisible();
});
