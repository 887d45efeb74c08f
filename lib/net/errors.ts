import type { Failure } from '../model/fetched';
import { scrubSecrets } from './scrub';

/** Longest detail kept: enough for support, short enough for every message schema. */
export const MAX_DETAIL_CHARS = 1000;

/** A provider's words, as they may leave the worker: masked and clipped where they are made (S5). */
export function safeDetail(detail: string): string {
  const clean = scrubSecrets(detail);
  return clean.length > MAX_DETAIL_CHARS ? `${clean.slice(0, MAX_DETAIL_CHARS - 1)}…` : clean;
}

/** The one error type the network layer and the adapters throw: a Failure the checks can explain. */
export class ApiError extends Error {
  readonly failure: Failure;

  constructor(failure: Failure) {
    const safe = { ...failure, detail: safeDetail(failure.detail) };
    super(`${safe.call}: ${safe.kind}${safe.httpStatus ? ` (${safe.httpStatus})` : ''} ${safe.detail}`);
    this.name = 'ApiError';
    this.failure = safe;
  }
}

/** Turns anything thrown into a Failure, so nothing escapes as an untyped crash. */
export function toFailure(error: unknown, fallback: Pick<Failure, 'side' | 'call'>): Failure {
  if (error instanceof ApiError) return error.failure;
  const detail = error instanceof Error ? error.message : String(error);
  return { ...fallback, kind: 'malformed', httpStatus: null, detail: safeDetail(detail) };
}
