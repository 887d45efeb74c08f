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

/**
 * "HH:MM" of an instant, on the reader's clock (the runtime's time zone); 24-hour in both languages.
 * Unreadable: "later" would read oddly after "until", so the ISO text is shown as is.
 */
export function clockTime(iso: string | undefined): string {
  const ms = iso === undefined ? Number.NaN : Date.parse(iso);
  if (Number.isNaN(ms)) return iso ?? '?';
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(ms));
}

/** Listed key by key, so the catalog test sees every one. */
const SENTENCES: Record<FailureKind, (side: string, failure: Failure) => Message> = {
  unauthorized: (side) => msg('failure.unauthorized', { side }),
  forbidden: (side) => msg('failure.forbidden', { side }),
  'not-found': (side) => msg('failure.not-found', { side }),
  'not-visible': (side) => msg('failure.not-visible', { side }),
  'rate-limited': (side) => msg('failure.rate-limited', { side }),
  'error-budget': (side, failure) => msg('failure.error-budget', { side, until: clockTime(failure.retryAt) }),
  timeout: (side) => msg('failure.timeout', { side }),
  offline: (side) => msg('failure.offline', { side }),
  server: (side) => msg('failure.server', { side }),
  malformed: (side) => msg('failure.malformed', { side }),
  'not-connected': (side) => msg('failure.not-connected', { side }),
  'permission-missing': (side) => msg('failure.permission-missing', { side }),
  redirected: (side) => msg('failure.redirected', { side }),
};

/** The merchant sentence for a failure, the side already named (e.g. "Exact Online"). */
export function failureMessage(failure: Failure, side: string): Message {
  return SENTENCES[failure.kind](side, failure);
}

export function failureSentence(failure: Failure, platform: Platform): Message {
  return failureMessage(failure, sideName(failure.side, platform));
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
