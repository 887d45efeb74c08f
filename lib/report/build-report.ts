/**
 * The text "Copy report" puts on the clipboard: plain lines a support agent can paste into a
 * ticket. Built only from a Diagnosis (which never holds credentials), then scrubbed once more.
 */
import { CHECK_IDS, type CheckResult, type Outcome } from '../checks/types';
import { platformName } from '../checks/support/names';
import { msg } from '../i18n/message';
import { translate, type Lang } from '../i18n/translate';
import type { Diagnosis } from '../messaging/schemas';
import type { Failure } from '../model/fetched';
import { scrubSecrets } from '../net/scrub';
import { checkTitle, verdictHeadline } from './verdict-text';

export const PRODUCT_NAME = 'import-doctor';
const INDENT = '   ';

/** Listed key by key, so a catalog scan sees every one. */
export const OUTCOME_KEYS: Record<Outcome, string> = {
  pass: 'outcome.pass',
  fail: 'outcome.fail',
  warn: 'outcome.warn',
  'not-applicable': 'outcome.not-applicable',
  error: 'outcome.error',
};

export function buildReport(diagnosis: Diagnosis, lang: Lang): string {
  const t = (key: string, params?: Record<string, string | number>) => translate(msg(key, params), lang);
  const field = (key: string, value: string) => `${t(key)}: ${value}`;
  const { order } = diagnosis;

  const lines = [
    t('panel.report.title'),
    field('panel.report.checked-at', diagnosis.checkedAt),
    field('panel.report.connection', diagnosis.connectionLabel),
    field('panel.report.platform', platformName(diagnosis.platform)),
    field('panel.report.order', order?.orderNumber ?? diagnosis.orderId),
    field('panel.report.order-id', diagnosis.orderId),
  ];
  if (order) {
    lines.push(
      field('panel.report.order-date', order.createdAt),
      field('panel.report.order-status', order.statusRaw),
      field('panel.report.order-total', order.total),
    );
  }
  lines.push(field('panel.report.verdict', verdictHeadline(diagnosis.verdict, lang)), '');

  const byId = new Map(diagnosis.results.map((result) => [result.id, result]));
  for (const id of CHECK_IDS) {
    const result = byId.get(id);
    lines.push(...(result ? checkLines(result, lang) : [`${id}. ${checkTitle(id, lang)} — ${t('panel.row.not-run')}`]));
  }
  return scrubSecrets(lines.join('\n'));
}

function checkLines(result: CheckResult, lang: Lang): string[] {
  const t = (key: string) => translate(msg(key), lang);
  const head = `${result.id}. ${checkTitle(result.id, lang)} — ${t(OUTCOME_KEYS[result.outcome])}: ${translate(result.summary, lang)}`;
  const lines = [head, ...result.evidence.map((row) => `${INDENT}${translate(row.label, lang)}: ${row.value}`)];
  if (result.fix) lines.push(`${INDENT}${t('panel.fix')}: ${translate(result.fix, lang)}`);
  if (result.failure) lines.push(failureLine(result.failure, lang));
  return lines;
}

/** One line, so it does not repeat the call already listed as evidence: kind · call · HTTP · detail. */
export function failureLine(failure: Failure, lang: Lang): string {
  const parts = [failure.kind, failure.call];
  if (failure.httpStatus !== null) parts.push(`HTTP ${failure.httpStatus}`);
  if (failure.detail) parts.push(failure.detail);
  return `${INDENT}${translate(msg('panel.technical'), lang)}: ${parts.join(' · ')}`;
}
