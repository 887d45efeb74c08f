import { z } from 'zod';
import type { Failure, FailureKind, Side } from '../model/fetched';
import { ApiError } from './errors';
import { assertReadOnly, type RequestPurpose } from './read-only';
import { DEFAULT_RETRY, NO_RETRY, isRetryableStatus, nextDelay, parseRetryAfter, type RetryPolicy } from './retry';

/**
 * The only way product code talks to a shop or accounting API. Every attempt has a deadline
 * (the MV3 worker is killed when a fetch takes 30 s), transient faults are retried per policy,
 * every body is parsed with zod, and every failure leaves as an ApiError with a Failure.
 */
export const REQUEST_TIMEOUT_MS = 20_000;
export const TOKEN_TIMEOUT_MS = 15_000;
const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface HttpDeps {
  fetch: typeof fetch;
  sleep(ms: number): Promise<void>;
  random(): number;
  now(): number;
}

export const defaultHttpDeps: HttpDeps = {
  fetch: (input, init) => fetch(input, init),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: Date.now,
};

export interface JsonRequest<T> {
  side: Side;
  /** Names the call in technical detail, e.g. "Exact GET vat/VATCodes". Never include secrets. */
  call: string;
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  purpose?: RequestPurpose;
  schema: z.ZodType<T>;
  timeoutMs?: number;
  retry?: RetryPolicy;
  /** A 2xx body that means "throttled, retry after N ms" (a GraphQL THROTTLED error in a 200). */
  throttledWait?: (json: unknown) => number | null;
  /** Provider-specific wait hint on an error answer (reset headers), in ms. */
  serverWait?: (response: Response, now: number) => number | null;
  /** Provider-specific reading of an error body: refines kind and detail. */
  describeError?: (status: number, bodyText: string) => { kind?: FailureKind; detail?: string } | null;
  /** Sees every response (rate-limit headers, budget tracking). */
  observe?: (response: Response) => void;
}

export interface JsonResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

export function kindForStatus(status: number): FailureKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'malformed';
}

/** A short, secret-free excerpt of a body for the technical detail. */
export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}

export async function requestJson<T>(req: JsonRequest<T>, deps: HttpDeps = defaultHttpDeps): Promise<JsonResponse<T>> {
  const method = req.method ?? 'GET';
  const purpose = req.purpose ?? 'read';
  assertReadOnly(method, purpose, req.body);
  // A token request may have rotated the refresh token even when its answer was lost: never resend it blindly.
  const policy = req.retry ?? (purpose === 'token' ? NO_RETRY : DEFAULT_RETRY);
  const fail = (kind: FailureKind, httpStatus: number | null, detail: string): ApiError =>
    new ApiError({ kind, side: req.side, call: req.call, httpStatus, detail } satisfies Failure);

  for (let attempt = 0; ; attempt += 1) {
    const outcome = await attemptOnce(req, method, deps, fail);
    if (outcome.ok) return outcome.value;
    const delay = outcome.retryable ? nextDelay(policy, attempt, outcome.serverWaitMs, deps.random) : null;
    if (delay === null) throw withRetryAt(outcome.error, outcome.serverWaitMs, deps.now());
    await deps.sleep(delay);
  }
}

type Attempt<T> =
  | { ok: true; value: JsonResponse<T> }
  | { ok: false; error: ApiError; retryable: boolean; serverWaitMs: number | null };

async function attemptOnce<T>(
  req: JsonRequest<T>,
  method: string,
  deps: HttpDeps,
  fail: (kind: FailureKind, status: number | null, detail: string) => ApiError,
): Promise<Attempt<T>> {
  const timeoutMs = req.timeoutMs ?? (req.purpose === 'token' ? TOKEN_TIMEOUT_MS : REQUEST_TIMEOUT_MS);
  const idempotent = req.purpose !== 'token';
  let response: Response;
  let text: string;
  try {
    response = await deps.fetch(req.url, {
      method,
      headers: req.headers,
      body: req.body,
      signal: AbortSignal.timeout(timeoutMs),
      credentials: 'omit',
      cache: 'no-store',
      // A redirect would carry the request's key headers (and a token POST's secrets) to wherever
      // the server points: never followed (H4). Browsers hand back an opaque redirect, Node the 3xx.
      redirect: 'manual',
    });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      const detail = 'the server answered with a redirect, which import-doctor does not follow: credentials never travel to another address';
      return { ok: false, error: fail('redirected', response.status || null, detail), retryable: false, serverWaitMs: null };
    }
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > MAX_BODY_BYTES) {
      return { ok: false, error: fail('malformed', response.status, 'answer too large'), retryable: false, serverWaitMs: null };
    }
    // The body is read under the same deadline: a stalled body aborts like a stalled header.
    text = await response.text();
  } catch (error) {
    const timedOut = error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
    const kind: FailureKind = timedOut ? 'timeout' : 'offline';
    const detail = timedOut ? `no answer within ${timeoutMs / 1000} s` : describeNetworkError(error);
    // A hang is not retried: the merchant would wait twice as long for the same answer.
    return { ok: false, error: fail(kind, null, detail), retryable: kind === 'offline' && idempotent, serverWaitMs: null };
  }
  req.observe?.(response);

  if (!response.ok) {
    const refined = req.describeError?.(response.status, text) ?? null;
    const kind = refined?.kind ?? kindForStatus(response.status);
    const detail = refined?.detail ?? (excerpt(text) || `HTTP ${response.status}`);
    const serverWaitMs = req.serverWait?.(response, deps.now()) ?? parseRetryAfter(response.headers.get('retry-after'), deps.now());
    return { ok: false, error: fail(kind, response.status, detail), retryable: isRetryableStatus(response.status), serverWaitMs };
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const looksHtml = /^\s*</.test(text);
    const detail = looksHtml ? `HTML instead of JSON: ${excerpt(text).slice(0, 120)}` : `invalid JSON (${text.length} bytes)`;
    return { ok: false, error: fail('malformed', response.status, detail), retryable: false, serverWaitMs: null };
  }
  const throttleWait = req.throttledWait?.(json) ?? null;
  if (throttleWait !== null) {
    return { ok: false, error: fail('rate-limited', response.status, 'throttled'), retryable: true, serverWaitMs: throttleWait };
  }
  const parsed = req.schema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, error: fail('malformed', response.status, schemaDetail(parsed.error)), retryable: false, serverWaitMs: null };
  }
  return { ok: true, value: { data: parsed.data, status: response.status, headers: response.headers } };
}

/** A wait we would not sleep in the worker is handed to the caller, who may resume later (alarms). */
function withRetryAt(error: ApiError, serverWaitMs: number | null, now: number): ApiError {
  if (serverWaitMs === null || error.failure.kind !== 'rate-limited') return error;
  return new ApiError({ ...error.failure, retryAt: new Date(now + serverWaitMs).toISOString() });
}

function describeNetworkError(error: unknown): string {
  if (error instanceof Error) return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
  return String(error);
}

function schemaDetail(error: z.ZodError): string {
  const first = error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return `unexpected answer shape: ${first.join('; ')}`;
}
