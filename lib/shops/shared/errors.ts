/**
 * What every shop client does alike when an answer is not what it should be: the typed error, the
 * first schema issues as its detail, and the reading of an error body that may not even be JSON.
 */
import type { z } from 'zod';
import type { FailureKind } from '../../model/fetched';
import { ApiError } from '../../net/errors';

/** A failure on the shop side; the detail is cut to what a Failure holds. */
export function shopError(kind: FailureKind, call: string, httpStatus: number | null, detail: string): ApiError {
  return new ApiError({ kind, side: 'shop', call, httpStatus, detail: detail.slice(0, 1000) });
}

/** The first three schema issues, path and message: enough for support, never the whole answer. */
export function issuesDetail(prefix: string, error: z.ZodError): string {
  const first = error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return `${prefix}: ${first.join('; ')}`;
}

/** JSON text as a value; undefined when it is not JSON (an HTML error page, a truncated body). */
export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** An error body read by the platform's schema; null when it is not JSON or not that shape. */
export function readErrorBody<T>(bodyText: string, schema: z.ZodType<T>): T | null {
  const parsed = schema.safeParse(safeJson(bodyText));
  return parsed.success ? parsed.data : null;
}
