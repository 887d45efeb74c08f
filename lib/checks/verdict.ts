/**
 * The overall verdict heading the panel, judged in the SPEC's order: already imported (check 5 found
 * this order's own document — outranks every failure) · will not import (first failing check by
 * number) · cannot tell (checks in error) · will import (after the article import, when check 1 warns).
 */
import type { CheckResult, Verdict } from './types';

export function overallVerdict(results: CheckResult[]): Verdict {
  const byNumber = [...results].sort((a, b) => a.id - b.id);

  const imported = byNumber.find((r) => r.id === 5 && r.outcome === 'pass' && r.document !== null);
  if (imported?.document) return { kind: 'already-imported', document: imported.document };

  const firstFail = byNumber.find((r) => r.outcome === 'fail');
  if (firstFail) return { kind: 'will-not-import', checkId: firstFail.id };

  const errors = byNumber.filter((r) => r.outcome === 'error').map((r) => r.id);
  if (errors.length > 0) return { kind: 'cannot-tell', checkIds: errors };

  const articleImportRunning = byNumber.some((r) => r.id === 1 && r.outcome === 'warn');
  return { kind: 'will-import', afterArticleImport: articleImportRunning };
}
