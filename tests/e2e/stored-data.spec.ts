import type { Page } from '@playwright/test';
import captured from '../../lib/storage/fixtures/profile-row-v1.json' with { type: 'json' };
import { scenarios } from '../sandbox/scenarios';
import { connectThroughOptions } from './connect';
import { expect, test } from './fixtures';
import { checkImport, expectDiagnosis } from './panel';

const checks = scenarios['shopify-checks']!();

/** Writes a raw row into the extension's own IndexedDB, as an older or damaged release left it. */
function putProfileRow(page: Page, row: object): Promise<void> {
  return page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('import-doctor');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('profiles', 'readwrite');
          tx.objectStore('profiles').put(value);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    row,
  );
}

function profileRow(page: Page, id: string): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(
    (key) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open('import-doctor');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('profiles').objectStore('profiles').get(key);
          read.onsuccess = () => resolve(read.result as Record<string, unknown> | undefined);
          read.onerror = () => reject(read.error);
        };
      }),
    id,
  );
}

test('a connection stored by the previous release, without a version, still diagnoses unchanged', async ({ context, page, extensionId }) => {
  const connection = checks.connections[0]!;
  const options = await connectThroughOptions(context, extensionId, connection);
  // Rewrite the row exactly as the previous release stored it: no schemaVersion.
  const current = (await profileRow(options, connection.profile.id))!;
  expect(current.schemaVersion).toBe(2);
  await putProfileRow(options, { id: current.id, profile: current.profile, updatedAt: captured.row.updatedAt });

  const expected = checks.expectations.find((e) => e.failingCheck === 7)!;
  await checkImport(page, expected.adminUrl);
  await expectDiagnosis(page, expected);
  await options.reload();
  await expect(options.getByTestId('connection-row')).toHaveCount(1);
  await expect(options.getByTestId('unreadable-connections')).toHaveCount(0);
});

test('a stored connection that cannot be read is named on the options page, kept, and deleted only on request', async ({ context, extensionId }) => {
  const options = await connectThroughOptions(context, extensionId, checks.connections[0]!);
  const damaged = { ...captured.row, id: 'damaged-1', profile: { ...captured.row.profile, id: 'damaged-1', label: 'Oude winkel', platform: 'oscommerce' } };
  await putProfileRow(options, damaged);
  await options.reload();

  const row = options.getByTestId('unreadable-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('“Oude winkel” could not be read');
  await expect(options.getByTestId('connection-row')).toHaveCount(1);
  expect(await profileRow(options, 'damaged-1')).toMatchObject({ profile: damaged.profile });

  await row.getByTestId('delete-connection').click();
  await row.getByTestId('confirm-delete').click();
  await expect(options.getByTestId('unreadable-connections')).toHaveCount(0);
  expect(await profileRow(options, 'damaged-1')).toBeUndefined();
  await expect(options.getByTestId('connection-row')).toHaveCount(1);
});
