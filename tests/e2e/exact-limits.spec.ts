import { translate } from '../../lib/i18n/translate';
import { ERROR_BUDGET_LIMIT } from '../sandbox/exact/facts';
import { scenarios } from '../sandbox/scenarios';
import type { Scenario } from '../sandbox/scenarios/types';
import { connectThroughOptions, ensureConnected } from './connect';
import { expect, test } from './fixtures';
import { checkImport, checkRow, expectDiagnosis, statusOf } from './panel';

/**
 * Exact as it really behaves (issue #15): a division that refuses master data without a $filter,
 * and the error block after 10 errors per endpoint in an hour.
 */
const MASTER_DATA = /^\/api\/v1\/\d+\/(vat\/VATCodes|financial\/GLAccounts|inventory\/Warehouses|inventory\/ItemWarehouses|logistics\/Items)/i;

test.describe('a division that enforces mandatory filters', () => {
  // Only reads: one browser and connection for the group; the master-data cache is emptied between
  // tests (fixtures.ts), so each one reads master data from Exact again.
  test.use({ scenarioName: 'exact-mandatory-filters', shareBrowser: true });
  const filtered = scenarios['exact-mandatory-filters']!();

  for (const expected of filtered.expectations) {
    test(`order ${expected.orderId}: ${expected.verdict}${expected.failingCheck ? ` (check ${expected.failingCheck})` : ''}`, async ({ context, page, extensionId, sandbox }) => {
      await ensureConnected(context, extensionId, filtered.connections[0]!);
      await checkImport(page, expected.adminUrl);
      await expectDiagnosis(page, expected);
      const masterData = sandbox.requests().filter((r) => MASTER_DATA.test(r.path));
      expect(masterData.length, 'master data was read').toBeGreaterThan(0);
      for (const request of masterData) {
        expect(new URLSearchParams(request.query).get('$filter'), `${request.path} carries a $filter`).toBeTruthy();
        expect(request.status, `${request.path}${request.query}`).toBe(200);
      }
    });
  }
});

test('a persistent 403 on one endpoint stops being asked before Exact blocks, and the panel says until when', async ({ context, page, extensionId, sandbox }) => {
  test.setTimeout(240_000);
  const scenario: Scenario = sandbox.scenario();
  const expected = scenario.expectations.find((e) => e.verdict === 'will-import')!;
  await connectThroughOptions(context, extensionId, scenario.connections[0]!);
  const VAT = /^\/api\/v1\/\d+\/vat\/VATCodes/i;
  sandbox.faults.add({ host: 'start.exactonline.nl', path: VAT, fault: { kind: 'status', status: 403, body: { error: { code: '', message: { lang: '', value: 'Forbidden' } } } } });
  const vatCalls = () => sandbox.requests().filter((r) => VAT.test(r.path));

  // The merchant keeps checking: every check asks VAT codes again while Exact refuses them …
  let refusedBefore = 0;
  for (let attempt = 0; attempt < ERROR_BUDGET_LIMIT + 2; attempt += 1) {
    await checkImport(page, expected.adminUrl);
    await expect(checkRow(page, 4)).toHaveAttribute('data-outcome', 'error');
    if (vatCalls().length === refusedBefore) break;
    refusedBefore = vatCalls().length;
  }
  // … until import-doctor stops asking, before the 10th error of the hour.
  expect(vatCalls().length).toBeLessThan(ERROR_BUDGET_LIMIT);
  expect(vatCalls().every((r) => r.status === 403)).toBe(true);
  // Until the first error leaves the hour: the extension books it when the answer arrives.
  const first = vatCalls()[0]!;
  const hhmm = (ms: number) => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(ms + 3_600_000));
  const sentences = [...new Set([hhmm(first.at), hhmm(first.doneAt + 1000)])].map((until) =>
    translate({ key: 'failure.error-budget', params: { side: 'Exact Online', until } }, 'en'),
  );
  const sentence = new RegExp(sentences.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  await expect(statusOf(page)).toHaveAttribute('data-verdict', 'cannot-tell');
  await expect(checkRow(page, 4)).toContainText(sentence);

  // A later check still does not ask.
  const asked = vatCalls().length;
  await checkImport(page, expected.adminUrl);
  await expect(checkRow(page, 4)).toContainText(sentence);
  expect(vatCalls()).toHaveLength(asked);
});
