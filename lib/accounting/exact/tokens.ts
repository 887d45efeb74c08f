import { z } from 'zod';
import { ExactAccountingSchema } from './settings';
import type { Failure, FailureKind } from '../../model/fetched';
import { ApiError } from '../../net/errors';
import { requestJson, type HttpDeps } from '../../net/http';
import { NO_RETRY } from '../../net/retry';
import { db } from '../../storage/db';
import { readSecret, writeSecret } from '../../storage/secrets';
import { OAuthErrorBodySchema, TokenResponseSchema, type TokenResponse } from './schemas';

/**
 * Exact's access tokens, per connection: the delicate part of the adapter. Why so careful:
 * - an access token lives 600 s, and Exact refuses a refresh earlier than 570 s after the last
 *   one (400 TooEarlyToRefreshTokens);
 * - every refresh rotates the refresh token, and two concurrent refreshes leave one pair dead; if
 *   the wrong one is saved the merchant must reconnect.
 * So: refresh only when needed and allowed, one refresh at a time per connection (a shared promise
 * in this worker, plus a Web Lock across contexts), re-read after taking the lock, compare-and-swap
 * the new pair into storage, and save it before anyone uses it.
 */

export const EXACT_TOKENS_KIND = 'exact-tokens';
export const EXACT_APP_KIND = 'exact-app';
/** Exact refuses a new access token earlier than this after the previous one. */
export const REFRESH_NOT_BEFORE_MS = 570_000;
/** A token within this margin of its expiry is not used (it must still be valid when a call ends). */
export const EXPIRY_MARGIN_MS = 30_000;
/** After Exact answered TooEarlyToRefreshTokens (a clock skew), no refresh is tried for this long. */
export const TOO_EARLY_BACKOFF_MS = 60_000;
export const TOKEN_CALL = 'Exact POST oauth2/token';
export const REFRESH_REFUSED_DETAIL = 'Exact refused the refresh token (invalid_grant): reconnect Exact';

const HostSchema = ExactAccountingSchema.shape.host;

export const ExactTokensSchema = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
  /** Epoch ms when the pair arrived (taken after the answer: conservative for the 570 s rule). */
  issuedAt: z.number().int().nonnegative(),
  /** Epoch ms; computed from when the request was sent (conservative for expiry). */
  expiresAt: z.number().int().nonnegative(),
  /** The Exact host that issued the pair; tokens are valid on that host only. */
  host: HostSchema,
  /** Increases with every saved pair; the write is a compare-and-swap on it. */
  generation: z.number().int().nonnegative(),
});
export type ExactTokens = z.infer<typeof ExactTokensSchema>;

/** The merchant's own Exact app (bring-your-own-app; research §2.9 option a). */
export const ExactAppSchema = z.object({
  clientId: z.string().min(1).max(200),
  clientSecret: z.string().min(1).max(500),
});
export type ExactApp = z.infer<typeof ExactAppSchema>;

/** The part of the Web Locks API we use; navigator.locks fits it. */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export function tokenUrl(host: string): string {
  return `https://${host}/api/oauth2/token`;
}

export function readTokens(connectionId: string): Promise<ExactTokens | null> {
  return readSecret(connectionId, EXACT_TOKENS_KIND, ExactTokensSchema);
}

export function readApp(connectionId: string): Promise<ExactApp | null> {
  return readSecret(connectionId, EXACT_APP_KIND, ExactAppSchema);
}

/** Turns a token answer into the stored record. */
export function tokensFrom(answer: TokenResponse, host: string, sentAt: number, receivedAt: number, generation: number): ExactTokens {
  return {
    accessToken: answer.access_token,
    refreshToken: answer.refresh_token,
    issuedAt: receivedAt,
    expiresAt: sentAt + answer.expires_in * 1000,
    host,
    generation,
  };
}

/**
 * Saves `next` only if the stored pair is still generation `expected` (nobody else saved one in
 * between, and the merchant did not disconnect). Returns whether it was saved.
 */
export async function compareAndSwapTokens(connectionId: string, expected: number, next: ExactTokens): Promise<boolean> {
  return db().transaction('rw', db().secrets, async () => {
    const stored = await readTokens(connectionId);
    if (!stored || stored.generation !== expected) return false;
    await writeSecret(connectionId, EXACT_TOKENS_KIND, ExactTokensSchema, next);
    return true;
  });
}

/** Deletes the stored pair if it is still the one that was refused (re-auth needed). */
async function deleteIfUnchanged(connectionId: string, refused: ExactTokens): Promise<void> {
  await db().transaction('rw', db().secrets, async () => {
    const stored = await readTokens(connectionId);
    if (stored && stored.refreshToken === refused.refreshToken) {
      await db().secrets.delete(`${connectionId}:${EXACT_TOKENS_KIND}`);
    }
  });
}

/** Form body for the token endpoint (application/x-www-form-urlencoded). */
export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/**
 * Reads an OAuth error answer. 400/401 mean the grant is refused ('unauthorized'), except
 * Exact's "too early" answer, which only means "not yet" ('rate-limited').
 */
export function describeTokenError(status: number, bodyText: string): { kind?: FailureKind; detail?: string } | null {
  let body: z.infer<typeof OAuthErrorBodySchema> | null = null;
  try {
    const parsed = OAuthErrorBodySchema.safeParse(JSON.parse(bodyText));
    body = parsed.success ? parsed.data : null;
  } catch {
    body = null;
  }
  const text = body ? `${body.error}${body.error_description ? `: ${body.error_description}` : ''}`.slice(0, 300) : null;
  if (status === 400 && body && isTooEarlyText(text ?? '')) return { kind: 'rate-limited', detail: `TooEarlyToRefreshTokens: ${text}` };
  if (status === 400 || status === 401) return { kind: 'unauthorized', detail: text ?? `HTTP ${status}` };
  return text ? { detail: text } : null;
}

function isTooEarlyText(text: string): boolean {
  return /TooEarlyToRefreshTokens|access_token not expired/i.test(text);
}

export interface TokenManagerDeps {
  http: HttpDeps;
  now: () => number;
  /** Undefined: navigator.locks when this context has it. Null: no cross-context lock. */
  locks?: LockManagerLike | null;
  /** Undefined: the one map of this worker, so every client in it shares in-flight refreshes. */
  flights?: Map<string, Promise<string>>;
}

export interface ExactTokenManager {
  /** A usable access token; refreshes (single-flight) when the stored one is about to expire. */
  getAccessToken(connectionId: string, host?: string): Promise<string>;
  /**
   * After Exact answered 401 to `rejectedAccessToken`: a newer token when another caller already
   * refreshed, or a refresh if the 570 s rule allows one; otherwise ApiError 'unauthorized'
   * (named `call`).
   */
  refreshAfterUnauthorized(connectionId: string, rejectedAccessToken: string, call?: string): Promise<string>;
}

const workerFlights = new Map<string, Promise<string>>();
const workerTooEarly = new Map<string, number>();

function defaultLocks(): LockManagerLike | null {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return null;
  return {
    // The lock is held until `callback` settles; its outcome is handed through unchanged.
    request: <T>(name: string, callback: () => Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        locks.request(name, () => callback().then(resolve, reject)).catch(reject);
      }),
  };
}

type Reason = { kind: 'expiry' } | { kind: 'unauthorized'; rejected: string; call: string };

export function createTokenManager(deps: TokenManagerDeps): ExactTokenManager {
  const { http, now } = deps;
  const flights = deps.flights ?? workerFlights;
  const tooEarly = deps.flights ? new Map<string, number>() : workerTooEarly;
  const locks = deps.locks === undefined ? defaultLocks() : deps.locks;

  const fail = (kind: FailureKind, call: string, detail: string, httpStatus: number | null = null): ApiError =>
    new ApiError({ kind, side: 'accounting', call, httpStatus, detail } satisfies Failure);

  async function storedOrFail(connectionId: string, host: string | undefined, call: string): Promise<ExactTokens> {
    const tokens = await readTokens(connectionId);
    if (!tokens) throw fail('not-connected', call, 'Exact is not connected (no tokens stored): connect Exact');
    if (host !== undefined && tokens.host !== host) {
      throw fail('not-connected', call, `Exact was connected on ${tokens.host}, not ${host}: reconnect Exact`);
    }
    return tokens;
  }

  const isFresh = (tokens: ExactTokens, at: number) => tokens.expiresAt - EXPIRY_MARGIN_MS > at;
  const mayRefresh = (tokens: ExactTokens, at: number) => at >= tokens.issuedAt + REFRESH_NOT_BEFORE_MS;

  function withLock<T>(connectionId: string, work: () => Promise<T>): Promise<T> {
    return locks ? locks.request(`exact-refresh:${connectionId}`, work) : work();
  }

  /** Starts (or joins) this worker's one refresh flight for the connection. */
  function flight(connectionId: string, reason: Reason): Promise<string> {
    const running = flights.get(connectionId);
    if (running) return running;
    const started: Promise<string> = withLock(connectionId, () => underLock(connectionId, reason)).finally(() => {
      if (flights.get(connectionId) === started) flights.delete(connectionId);
    });
    flights.set(connectionId, started);
    return started;
  }

  /** Read – decide – refresh – write, with the lock held. */
  async function underLock(connectionId: string, reason: Reason): Promise<string> {
    const call = reason.kind === 'unauthorized' ? reason.call : TOKEN_CALL;
    const current = await storedOrFail(connectionId, undefined, call);
    const at = now();
    // Someone else (another caller, context or the connect flow) may have refreshed meanwhile.
    if (reason.kind === 'expiry' && isFresh(current, at)) return current.accessToken;
    if (reason.kind === 'unauthorized' && current.accessToken !== reason.rejected && current.expiresAt > at) {
      return current.accessToken;
    }
    if (!mayRefresh(current, at)) {
      if (reason.kind === 'expiry' && current.expiresAt > at) return current.accessToken;
      throw fail(
        'unauthorized',
        call,
        reason.kind === 'unauthorized'
          ? 'Exact refused an access token less than 570 s old; Exact allows no refresh yet: reconnect Exact if this persists'
          : 'the access token expired before Exact allows a refresh (570 s): try again shortly',
        reason.kind === 'unauthorized' ? 401 : null,
      );
    }
    const blockedUntil = tooEarly.get(connectionId) ?? 0;
    if (blockedUntil > at) {
      if (current.expiresAt > at) return current.accessToken;
      throw fail('rate-limited', TOKEN_CALL, 'Exact said it is too early to refresh the token: try again in a minute');
    }
    return refresh(connectionId, current);
  }

  async function refresh(connectionId: string, current: ExactTokens): Promise<string> {
    const app = await readApp(connectionId);
    if (!app) throw fail('not-connected', TOKEN_CALL, 'no Exact app credentials stored: connect Exact');
    const sentAt = now();
    let reasonHeader = '';
    let answer: TokenResponse;
    try {
      const response = await requestJson(
        {
          side: 'accounting',
          call: TOKEN_CALL,
          url: tokenUrl(current.host),
          method: 'POST',
          purpose: 'token',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
          body: formBody({
            grant_type: 'refresh_token',
            refresh_token: current.refreshToken,
            client_id: app.clientId,
            client_secret: app.clientSecret,
          }),
          schema: TokenResponseSchema,
          // Never resend a refresh: if Exact rotated and the answer was lost, a resend would
          // spend the old token again.
          retry: NO_RETRY,
          describeError: describeTokenError,
          observe: (res) => {
            reasonHeader = res.headers.get('reason') ?? '';
          },
        },
        http,
      );
      answer = response.data;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const status = error.failure.httpStatus;
      if (status === 400 && (error.failure.kind === 'rate-limited' || isTooEarlyText(reasonHeader))) {
        // A bug in our schedule or a skewed clock: keep the tokens, do not ask again for a while.
        tooEarly.set(connectionId, now() + TOO_EARLY_BACKOFF_MS);
        if (current.expiresAt > now()) return current.accessToken;
        throw fail('rate-limited', TOKEN_CALL, 'Exact said it is too early to refresh the token: try again in a minute', 400);
      }
      if (status === 400 || status === 401) return refused(connectionId, current, status);
      throw error;
    }
    const next = tokensFrom(answer, current.host, sentAt, now(), current.generation + 1);
    if (await compareAndSwapTokens(connectionId, current.generation, next)) return next.accessToken;
    // Another holder saved a pair while we refreshed (no lock in that context): theirs is stored.
    const winner = await readTokens(connectionId);
    if (winner && winner.expiresAt > now()) return winner.accessToken;
    throw fail('not-connected', TOKEN_CALL, 'Exact tokens changed during the refresh: reconnect Exact');
  }

  /** The token endpoint refused the grant: re-read once, then mark re-auth needed. */
  async function refused(connectionId: string, used: ExactTokens, status: number): Promise<string> {
    const again = await readTokens(connectionId);
    if (again && again.refreshToken !== used.refreshToken) {
      if (again.expiresAt > now()) return again.accessToken;
      throw fail('unauthorized', TOKEN_CALL, 'Exact tokens were replaced during the refresh: try again', status);
    }
    await deleteIfUnchanged(connectionId, used);
    throw fail('unauthorized', TOKEN_CALL, REFRESH_REFUSED_DETAIL, status);
  }

  return {
    async getAccessToken(connectionId, host) {
      const tokens = await storedOrFail(connectionId, host, TOKEN_CALL);
      if (isFresh(tokens, now())) return tokens.accessToken;
      return flight(connectionId, { kind: 'expiry' });
    },

    async refreshAfterUnauthorized(connectionId, rejectedAccessToken, call = TOKEN_CALL) {
      const running = flights.get(connectionId);
      if (running) {
        const joined = await running.catch(() => null);
        if (joined !== null && joined !== rejectedAccessToken) return joined;
      }
      return flight(connectionId, { kind: 'unauthorized', rejected: rejectedAccessToken, call });
    },
  };
}
