import type { BrowserContext, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { CONFIG_FORMAT, CONFIG_VERSION } from '../../lib/config/schema';
import { platformFields } from '../../components/options/platform-fields';
import type { ScenarioConnection } from '../sandbox/scenarios/types';

/**
 * Sets a connection up the way a merchant (or support) does, through the options page only:
 * import the connection's settings as a configuration file, enter the shop key and the Exact app,
 * save, and connect Exact Online through its OAuth window.
 */
export async function connectThroughOptions(context: BrowserContext, extensionId: string, connection: ScenarioConnection): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await importSettings(options, connection);
  await enterCredentials(options, connection);
  await options.getByTestId('connect-exact').click();
  await expect(options.getByTestId('exact-status')).toHaveAttribute('data-connected', 'true', { timeout: 20_000 });
  return options;
}

const connectedIn = new WeakMap<BrowserContext, Set<string>>();

/**
 * connectThroughOptions once per browser: in a browser shared by several tests (fixtures.ts,
 * `shareBrowser`), the first test that needs a connection sets it up, the others find it there.
 */
export async function ensureConnected(context: BrowserContext, extensionId: string, connection: ScenarioConnection): Promise<void> {
  const done = connectedIn.get(context) ?? new Set<string>();
  connectedIn.set(context, done);
  if (done.has(connection.profile.id)) return;
  const options = await connectThroughOptions(context, extensionId, connection);
  await options.close();
  done.add(connection.profile.id);
}

export async function importSettings(options: Page, connection: ScenarioConnection): Promise<void> {
  const document = { format: CONFIG_FORMAT, version: CONFIG_VERSION, exportedAt: new Date().toISOString(), connections: [connection.profile] };
  await options.getByTestId('import-text').fill(JSON.stringify(document));
  await options.getByTestId('import-submit').click();
  await expect(options.getByTestId('config-notice')).toHaveAttribute('data-tone', 'ok');
}

/** Saves the keys; the options page tries the shop key at once and saves only an accepted one. */
export async function enterCredentials(options: Page, connection: ScenarioConnection): Promise<void> {
  const row = options.getByTestId('connection-row').filter({ hasText: connection.profile.label });
  await row.getByTestId('edit-connection').click();
  const { platform, ...secrets } = connection.shopCredentials;
  for (const field of platformFields(platform).credentials) {
    const value = (secrets as Record<string, string>)[field.name];
    if (value !== undefined) await options.getByTestId(field.testId).fill(value);
  }
  await options.getByTestId('field-exact-client-id').fill(connection.exactApp.clientId);
  await options.getByTestId('field-exact-client-secret').fill(connection.exactApp.clientSecret);
  await options.getByTestId('save-connection').click();
  await expect(options.getByTestId('form-notice')).toHaveAttribute('data-tone', 'ok');
}
