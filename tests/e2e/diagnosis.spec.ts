import { translate } from '../../lib/i18n/translate';
import { panelTexts } from '../../components/panel/texts';
import { scenarios } from '../sandbox/scenarios';
import { connectThroughOptions, ensureConnected } from './connect';
import { expect, test } from './fixtures';
import { checkImport, checkRow, expectDiagnosis, statusOf } from './panel';

const checks = scenarios['shopify-checks']!();

// Tests that only read share one browser and connection (fixtures.ts); those that change the
// world in Exact or the shop have their own.
test.describe('Shopify: every sample order gets the verdict its data calls for', () => {
  test.use({ shareBrowser: true });

  for (const expected of checks.expectations) {
    const title = `order ${expected.orderId}: ${expected.verdict}${expected.failingCheck ? ` (check ${expected.failingCheck})` : ''}`;
    test(title, async ({ context, page, extensionId }) => {
      await ensureConnected(context, extensionId, checks.connections[0]!);
      await checkImport(page, expected.adminUrl);
      await expectDiagnosis(page, expected);
    });
  }
});

test.describe('the panel on a sample order', () => {
  test.use({ shareBrowser: true });

  test('an already imported order names its document', async ({ context, page, extensionId }) => {
    const expected = checks.expectations.find((e) => e.verdict === 'already-imported')!;
    await ensureConnected(context, extensionId, checks.connections[0]!);
    await checkImport(page, expected.adminUrl);
    await expect(page.getByTestId('status-head')).toContainText('5005');
  });

  test('"Copy report" puts a support-ready text without secrets on the clipboard', async ({ context, page, extensionId, sandbox }) => {
    const scenario = sandbox.scenario();
    const connection = scenario.connections[0]!;
    const expected = scenario.expectations.find((e) => e.fix === 'check.7.fix.unknown')!;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://admin.shopify.com' });
    await ensureConnected(context, extensionId, connection);
    await checkImport(page, expected.adminUrl);
    await page.getByTestId('copy-report').click();
    await expect(page.getByTestId('copy-feedback')).not.toBeEmpty();
    const report = await page.evaluate(() => navigator.clipboard.readText());

    expect(report).toContain(expected.orderId);
    expect(report).toContain('SHIRT-RED-M');
    for (let check = 1; check <= 8; check += 1) expect(report).toContain(translate({ key: `check.${check}.title` }, 'en'));
    const secrets = [connection.exactApp.clientSecret, connection.exactApp.clientId, 'shpat_'];
    for (const secret of secrets) expect(report).not.toContain(secret);
    expect(report).not.toMatch(/Bearer|access_token|refresh_token/i);
  });

  test('the panel works from the keyboard alone', async ({ context, page, extensionId, sandbox }) => {
    const scenario = sandbox.scenario();
    const expected = scenario.expectations.find((e) => e.failingCheck === 8)!;
    await ensureConnected(context, extensionId, scenario.connections[0]!);
    await page.goto(expected.adminUrl);
    await page.getByTestId('check-import').focus();
    await page.keyboard.press('Enter');
    await expect(statusOf(page)).toHaveAttribute('data-verdict', 'will-not-import', { timeout: 30_000 });
    // Each check row is a disclosure button announcing whether it is open.
    const toggle = checkRow(page, 8).getByRole('button').first();
    const before = await toggle.getAttribute('aria-expanded');
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-expanded', before === 'true' ? 'false' : 'true');
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', before ?? 'false');
  });
});

test.describe('in Dutch', () => {
  test.use({ locale: 'nl-NL' });

  test('a failing check and its fix read in Dutch', async ({ context, page, extensionId }) => {
    const expected = checks.expectations.find((e) => e.failingCheck === 7 && e.fix === 'check.7.fix.unknown')!;
    await connectThroughOptions(context, extensionId, checks.connections[0]!);
    await checkImport(page, expected.adminUrl);
    await expectDiagnosis(page, expected, 'nl');
    await expect(page.getByTestId('check-again')).toHaveText(panelTexts.nl['panel.check-again']!);
  });
});

test('"Check again" sees what the merchant just fixed in Exact', async ({ context, page, extensionId, sandbox }) => {
  const scenario = sandbox.scenario();
  const expected = scenario.expectations.find((e) => e.failingCheck === 4)!;
  await connectThroughOptions(context, extensionId, scenario.connections[0]!);
  await checkImport(page, expected.adminUrl);
  await expectDiagnosis(page, expected);

  // The merchant unblocks the outside-EU VAT code in Exact: the cached list must not hide that.
  for (const vat of scenario.exact.divisions.flatMap((d) => d.vatCodes)) vat.IsBlocked = false;
  await page.getByTestId('check-again').click();
  await expect(checkRow(page, 4)).toHaveAttribute('data-outcome', 'pass', { timeout: 30_000 });
  await expect(statusOf(page)).toHaveAttribute('data-verdict', 'will-import');
});
