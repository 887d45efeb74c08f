import { expect, type Page } from '@playwright/test';
import { translate, type Lang } from '../../lib/i18n/translate';
import type { OrderExpectation } from '../sandbox/scenarios/types';

/** The panel's overall status: `data-state` (idle, running, result, unavailable) and, with a result, `data-verdict`. */
export const statusOf = (page: Page) => page.getByTestId('panel-status');
export const checkRow = (page: Page, check: number) => page.locator(`[data-check="${check}"]`);

/** Opens an order page, presses "Check import" and waits for the panel's answer. */
export async function checkImport(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('check-import').click();
  await expect(statusOf(page)).toHaveAttribute('data-state', /result|unavailable/, { timeout: 60_000 });
}

/** A catalog text as the merchant reads it, up to its first placeholder (names and dates vary). */
export function textBefore(key: string, lang: Lang): string {
  return translate({ key }, lang).split('{')[0]!.trim();
}

/** Verdict, pinned outcomes, and the failing check's title and fix, as the scenario's ground truth says. */
export async function expectDiagnosis(page: Page, expected: OrderExpectation, lang: Lang = 'en'): Promise<void> {
  await expect(statusOf(page), expected.note).toHaveAttribute('data-verdict', expected.verdict);
  for (const [check, outcome] of Object.entries(expected.outcomes ?? {})) {
    await expect(checkRow(page, Number(check)), `check ${check}: ${expected.note}`).toHaveAttribute('data-outcome', outcome);
  }
  if (expected.failingCheck !== undefined) {
    await expect(page.getByTestId('status-head')).toContainText(translate({ key: `check.${expected.failingCheck}.title` }, lang));
    if (expected.fix) await expect(checkRow(page, expected.failingCheck).getByTestId('fix')).toContainText(textBefore(expected.fix, lang));
  }
}
