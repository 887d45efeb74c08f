import type { Failure } from '../model/fetched';

/** The one error type the network layer and the adapters throw: a Failure the checks can explain. */
export class ApiError extends Error {
  constructor(readonly failure: Failure) {
    super(`${failure.call}: ${failure.kind}${failure.httpStatus ? ` (${failure.httpStatus})` : ''} ${failure.detail}`);
    this.name = 'ApiError';
  }
}

/** Turns anything thrown into a Failure, so nothing escapes as an untyped crash. */
export function toFailure(error: unknown, fallback: Pick<Failure, 'side' | 'call'>): Failure {
  if (error instanceof ApiError) return error.failure;
  const detail = error instanceof Error ? error.message : String(error);
  return { ...fallback, kind: 'malformed', httpStatus: null, detail: detail.slice(0, 1000) };
}
