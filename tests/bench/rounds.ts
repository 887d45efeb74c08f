import type { RequestRecord } from '../sandbox/core/types';
import { criticalPathDepth } from './critical-path';

const SLACK_MS = 2;

/**
 * The requests grouped by round trip: a request's round is one more than the deepest chain of
 * requests answered before it started (the same model as `criticalPathDepth`).
 */
export function roundsOf(records: readonly RequestRecord[]): RequestRecord[][] {
  const rounds: RequestRecord[][] = [];
  for (const record of [...records].sort((a, b) => a.at - b.at)) {
    const before = records.filter((r) => r !== record && r.doneAt <= record.at + SLACK_MS);
    const round = criticalPathDepth(before, SLACK_MS);
    (rounds[round] ??= []).push(record);
  }
  return rounds.filter((r) => r.length > 0);
}

/** `GET vat/VATCodes`, `POST graphql.json`: short names for the report. */
export function callName(record: RequestRecord): string {
  const path = record.path.replace(/^\/api\/v1\/(\d+\/)?/, '').replace(/^\/admin\/api\/[^/]+\//, '');
  const params = new URLSearchParams(record.query);
  const filter = params.get('$filter');
  const skip = params.get('$skiptoken');
  const extra = [filter ? `$filter: ${filter.length > 60 ? `${filter.slice(0, 57)}...` : filter}` : '', skip ? 'next page' : '']
    .filter((s) => s !== '')
    .join(', ');
  return `${record.method} ${path}${extra ? ` (${extra})` : ''}${record.status === 200 ? '' : ` → ${record.status}`}`;
}
