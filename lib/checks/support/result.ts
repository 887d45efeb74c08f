/**
 * Small builders for CheckResult, so each check reads as its rule. They also keep results inside
 * the schema's limits (50 evidence rows, 1000-character values, 500-character params).
 */
import { msg, type Message } from '../../i18n/message';
import type { AccountingDocument } from '../../model/accounting';
import type { Failure } from '../../model/fetched';
import type { CheckId, CheckResult, Evidence, Outcome } from '../types';

const MAX_EVIDENCE = 50;

/** Cuts a shop- or API-supplied string to a length the schema accepts. */
export function clip(value: string, max = 500): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

export function row(label: Message, value: string): Evidence {
  return { label, value: clip(value, 1000) };
}

/** A value for a yes/no setting, the same in every language. */
export function flag(on: boolean): string {
  return on ? '✓' : '✗';
}

/** Shown for a value that is empty or not set. */
export const NONE = '—';

interface ResultParts {
  evidence?: Evidence[];
  fix?: Message | null;
  failure?: Failure | null;
  document?: AccountingDocument | null;
}

export function result(id: CheckId, outcome: Outcome, summary: Message, parts: ResultParts = {}): CheckResult {
  return {
    id,
    outcome,
    summary,
    evidence: capEvidence(parts.evidence ?? []),
    fix: parts.fix ?? null,
    failure: parts.failure ?? null,
    document: parts.document ?? null,
  };
}

function capEvidence(evidence: Evidence[]): Evidence[] {
  if (evidence.length <= MAX_EVIDENCE) return evidence;
  const kept = evidence.slice(0, MAX_EVIDENCE - 1);
  return [...kept, row(msg('evidence.more'), `+${evidence.length - kept.length}`)];
}

/** Codes compare the way the connector matches them: trimmed, ignoring case. */
export function sameCode(a: string, b: string): boolean {
  return a.trim().toUpperCase() === b.trim().toUpperCase();
}

/** An amount as a locale-neutral string: "EUR 121.00". */
export function money(amount: number, currency?: string): string {
  const value = amount.toFixed(2);
  return currency ? `${currency} ${value}` : value;
}
