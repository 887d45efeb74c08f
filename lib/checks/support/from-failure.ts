/**
 * Turns a failed read into an `error` result: the merchant sees one sentence naming the side that
 * failed, the technical detail stays in `failure`. A check never passes on input it could not read.
 */
import { msg, type Message } from '../../i18n/message';
import type { Failure, FailureKind } from '../../model/fetched';
import type { Platform } from '../../model/order';
import type { CheckId, CheckResult, Evidence } from '../types';
import { sideName } from './names';
import { result, row } from './result';

/** Listed key by key, so the catalog test sees every one. */
const SENTENCES: Record<FailureKind, (side: string) => Message> = {
  unauthorized: (side) => msg('failure.unauthorized', { side }),
  forbidden: (side) => msg('failure.forbidden', { side }),
  'not-found': (side) => msg('failure.not-found', { side }),
  'not-visible': (side) => msg('failure.not-visible', { side }),
  'rate-limited': (side) => msg('failure.rate-limited', { side }),
  timeout: (side) => msg('failure.timeout', { side }),
  offline: (side) => msg('failure.offline', { side }),
  server: (side) => msg('failure.server', { side }),
  malformed: (side) => msg('failure.malformed', { side }),
  'not-connected': (side) => msg('failure.not-connected', { side }),
  'permission-missing': (side) => msg('failure.permission-missing', { side }),
  redirected: (side) => msg('failure.redirected', { side }),
};

export function failureSentence(failure: Failure, platform: Platform): Message {
  return SENTENCES[failure.kind](sideName(failure.side, platform));
}

/** Evidence naming the failed call (no secrets: `call` never carries a URL with a token). */
export function failureEvidence(failure: Failure): Evidence[] {
  const rows = [row(msg('evidence.failed-call'), failure.call)];
  if (failure.httpStatus !== null) rows.push(row(msg('evidence.http-status'), String(failure.httpStatus)));
  return rows;
}

export function errorFromFailure(
  id: CheckId,
  failure: Failure,
  platform: Platform,
  evidence: Evidence[] = [],
): CheckResult {
  return result(id, 'error', failureSentence(failure, platform), {
    evidence: [...evidence, ...failureEvidence(failure)],
    failure,
  });
}

/** The first input, in the order given, that could not be read. */
export function firstFailure(...inputs: ({ ok: true } | { ok: false; failure: Failure })[]): Failure | null {
  for (const input of inputs) if (!input.ok) return input.failure;
  return null;
}
