/**
 * The check engine: the eight checks in their number order, and `runChecks`, which never throws —
 * a check that throws (or returns something outside the contract) becomes an `error` result, so
 * one faulty check cannot take the panel or the reconciliation down.
 */
import { msg } from '../i18n/message';
import { articlesActive } from './articles-active';
import { articlesInWarehouse } from './articles-in-warehouse';
import { countryPresent } from './country-present';
import { orderStatus } from './order-status';
import { recentlyInstalled } from './recently-installed';
import { sameReference } from './same-reference';
import { shopUrlOrKeyChanged } from './shop-url-or-key-changed';
import { result, row } from './support/result';
import { vatAndGlMapping } from './vat-and-gl-mapping';
import { CheckResultSchema, type Check, type CheckContext, type CheckId, type CheckResult } from './types';

export const ALL_CHECKS: readonly Check[] = [
  recentlyInstalled,
  shopUrlOrKeyChanged,
  orderStatus,
  vatAndGlMapping,
  sameReference,
  countryPresent,
  articlesActive,
  articlesInWarehouse,
];

function internalError(id: CheckId, detail: string): CheckResult {
  return result(id, 'error', msg('check.error.internal'), {
    evidence: [row(msg('evidence.internal-error'), detail)],
  });
}

/** Runs one check; whatever goes wrong inside it ends as an `error` result for that check. */
export function runCheck(check: Check, ctx: CheckContext): CheckResult {
  try {
    const outcome = CheckResultSchema.safeParse(check.run(ctx));
    if (!outcome.success) return internalError(check.id, `Result outside the contract: ${outcome.error.message}`);
    if (outcome.data.id !== check.id) return internalError(check.id, `Result carries id ${outcome.data.id}`);
    return outcome.data;
  } catch (error) {
    return internalError(check.id, error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }
}

/** All eight results, in number order. Never throws. */
export function runChecks(ctx: CheckContext, checks: readonly Check[] = ALL_CHECKS): CheckResult[] {
  return checks.map((check) => runCheck(check, ctx));
}

export { overallVerdict } from './verdict';
export type { Check, CheckContext, CheckResult, Verdict } from './types';
