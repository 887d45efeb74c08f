import type { Failure } from '../model/fetched';
import { scrubSecrets } from '../net/scrub';

/**
 * The failed call behind an `error`, as label–value rows for the technical detail one click away
 * (panel and popup): which call, its HTTP status, the provider's words — scrubbed of anything
 * that looks like a secret. Labels come translated from the caller.
 */
export function technicalRows(failure: Failure, labels: { call: string; status: string; detail: string }): [string, string][] {
  const rows: [string, string][] = [[labels.call, failure.call]];
  if (failure.httpStatus !== null) rows.push([labels.status, String(failure.httpStatus)]);
  if (failure.detail) rows.push([labels.detail, failure.detail]);
  return rows.map(([label, value]) => [label, scrubSecrets(value)]);
}
