import { z } from 'zod';
import type { FailureKind } from '../../model/fetched';
import { ApiError } from '../../net/errors';
import { requestJson, type HttpDeps } from '../../net/http';
import { DEFAULT_RETRY } from '../../net/retry';
import { db } from '../../storage/db';
import { readSecret, writeSecret } from '../../storage/secrets';
import { BOL_TOKEN_MAX_LIFETIME_MS, BOL_TOKEN_REUSE_MARGIN_MS, BOL_TOKEN_URL, CALL_TOKEN } from './facts';
import { BolTokenResponseSchema, problemMessage } from './schemas';

/**
 * bol.com access tokens (client credentials), per connection. Simpler than Exact's: nothing
 * rotates, so two token requests can never break anything; but bol asks to reuse a token until it
 * expires (requesting excessively can get an IP blocked). So:
 * - one token per connection and credentials, reused until shortly before it expires;
 * - one token request at a time per connection (concurrent callers share it);
 * - kept in memory and in the background's IndexedDB, so a restarted worker reuses it too;
 * - a token the API refused (401) is replaced once; the caller retries once.
 * A token belongs to the credentials that obtained it (kept as a SHA-256 fingerprint): new
 * credentials on the options page are always tested with a token of their own.
 */

export const BOL_TOKEN_KIND = 'bol-token';

export interface BolCredentials {
  clientId: string;
  clientSecret: string;
}

export const StoredBolTokenSchema = z.object({
  accessToken: z.string().min(1),
  /** Epoch ms, counted from when the request was sent (conservative). */
  expiresAt: z.number().int().nonnegative(),
  /** SHA-256 (hex) of the client id and secret that obtained the token. */
  credentials: z.string().regex(/^[0-9a-f]{64}$/),
});
export type StoredBolToken = z.infer<typeof StoredBolTokenSchema>;

/** Where tokens survive a worker restart. Failures here never fail a call: the cache is an optimisation. */
export interface BolTokenStore {
  read(connectionId: string): Promise<StoredBolToken | null>;
  write(connectionId: string, token: StoredBolToken): Promise<void>;
  /** Removes the stored token if it is still `accessToken`. */
  remove(connectionId: string, accessToken: string): Promise<void>;
}

/** The background's IndexedDB (lib/storage): secrets table, kind 'bol-token'. */
export const dexieTokenStore: BolTokenStore = {
  read: (connectionId) => readSecret(connectionId, BOL_TOKEN_KIND, StoredBolTokenSchema),
  async write(connectionId, token) {
    // Only for a saved connection: a credential test of a connection not saved yet leaves nothing behind.
    if (!(await db().profiles.get(connectionId))) return;
    await writeSecret(connectionId, BOL_TOKEN_KIND, StoredBolTokenSchema, token);
  },
  async remove(connectionId, accessToken) {
    await db().transaction('rw', db().secrets, async () => {
      const stored = await readSecret(connectionId, BOL_TOKEN_KIND, StoredBolTokenSchema);
      if (stored?.accessToken === accessToken) await db().secrets.delete(`${connectionId}:${BOL_TOKEN_KIND}`);
    });
  },
};

/** A store in memory only (tests; or a context without IndexedDB). */
export function memoryTokenStore(): BolTokenStore & { rows: Map<string, StoredBolToken> } {
  const rows = new Map<string, StoredBolToken>();
  return {
    rows,
    read: (id) => Promise.resolve(rows.get(id) ?? null),
    write: (id, token) => {
      rows.set(id, token);
      return Promise.resolve();
    },
    remove: (id, accessToken) => {
      if (rows.get(id)?.accessToken === accessToken) rows.delete(id);
      return Promise.resolve();
    },
  };
}

export interface BolTokens {
  /** A usable token: the cached one while fresh, else one token request shared by concurrent callers. */
  get(connectionId: string, credentials: BolCredentials, http: HttpDeps): Promise<string>;
  /** After the API answered 401 to `rejected`: a newer token if another caller got one, else a new request. */
  renew(connectionId: string, credentials: BolCredentials, http: HttpDeps, rejected: string): Promise<string>;
}

/** Hex SHA-256 of the credentials (never stored or logged in clear). */
export async function credentialsFingerprint(credentials: BolCredentials): Promise<string> {
  const bytes = new TextEncoder().encode(`${credentials.clientId}\n${credentials.clientSecret}`);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** `Basic base64(client_id:client_secret)`, UTF-8 safe. */
export function basicAuthorization(credentials: BolCredentials): string {
  const bytes = new TextEncoder().encode(`${credentials.clientId}:${credentials.clientSecret}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

const REFUSED_OAUTH_ERRORS = /^(invalid_client|unauthorized_client|invalid_grant|access_denied)\b/;

/** login.bol.com's error answers: a refusal of the client id or secret is 'unauthorized'. */
export function describeTokenError(status: number, bodyText: string): { kind?: FailureKind; detail?: string } | null {
  const message = problemMessage(bodyText);
  const refused = message ? `bol.com refused the client id or secret (${message})` : 'bol.com refused the client id or secret';
  if (status === 401) return { kind: 'unauthorized', detail: refused };
  if (status === 400 && message !== null && REFUSED_OAUTH_ERRORS.test(message)) return { kind: 'unauthorized', detail: refused };
  if (status === 403) return { kind: 'forbidden', detail: message ?? 'bol.com does not allow these credentials a token' };
  return message ? { detail: message } : null;
}

async function requestToken(credentials: BolCredentials, fingerprint: string, http: HttpDeps): Promise<StoredBolToken> {
  const sentAt = http.now();
  const { data } = await requestJson(
    {
      side: 'shop',
      call: CALL_TOKEN,
      url: BOL_TOKEN_URL,
      method: 'POST',
      purpose: 'token',
      headers: { Authorization: basicAuthorization(credentials), Accept: 'application/json' },
      schema: BolTokenResponseSchema,
      // Client credentials rotate nothing: resending after a 5xx or 429 is harmless (unlike Exact's refresh).
      retry: DEFAULT_RETRY,
      describeError: describeTokenError,
    },
    http,
  );
  const lifetime = Math.min(data.expires_in * 1000, BOL_TOKEN_MAX_LIFETIME_MS);
  return { accessToken: data.access_token, expiresAt: sentAt + lifetime, credentials: fingerprint };
}

export interface BolTokenCacheDeps {
  /** Default: the background's IndexedDB. */
  store?: BolTokenStore;
}

export function createBolTokenCache(deps: BolTokenCacheDeps = {}): BolTokens {
  const store = deps.store ?? dexieTokenStore;
  const memory = new Map<string, StoredBolToken>();
  const flights = new Map<string, Promise<string>>();

  const fresh = (token: StoredBolToken, now: number): boolean => token.expiresAt - BOL_TOKEN_REUSE_MARGIN_MS > now;
  const usable = (token: StoredBolToken, fingerprint: string, now: number, rejected: string | null): boolean =>
    token.credentials === fingerprint && token.accessToken !== rejected && fresh(token, now);

  const quietly = async <T>(work: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await work();
    } catch {
      return fallback;
    }
  };

  /** Stored token (another worker's) or a new one; runs as the connection's one flight. */
  async function obtain(connectionId: string, credentials: BolCredentials, fingerprint: string, http: HttpDeps, rejected: string | null): Promise<string> {
    const stored = await quietly(() => store.read(connectionId), null);
    if (stored !== null && usable(stored, fingerprint, http.now(), rejected)) {
      memory.set(connectionId, stored);
      return stored.accessToken;
    }
    let token: StoredBolToken;
    try {
      token = await requestToken(credentials, fingerprint, http);
    } catch (error) {
      if (error instanceof ApiError && error.failure.kind === 'unauthorized') {
        // These credentials are refused: no token of theirs may be reused.
        const held = memory.get(connectionId);
        if (held?.credentials === fingerprint) memory.delete(connectionId);
        if (stored?.credentials === fingerprint) await quietly(() => store.remove(connectionId, stored.accessToken), undefined);
      }
      throw error;
    }
    memory.set(connectionId, token);
    await quietly(() => store.write(connectionId, token), undefined);
    return token.accessToken;
  }

  function flight(key: string, work: () => Promise<string>): Promise<string> {
    const running = flights.get(key);
    if (running) return running;
    const started: Promise<string> = work().finally(() => {
      if (flights.get(key) === started) flights.delete(key);
    });
    flights.set(key, started);
    return started;
  }

  return {
    async get(connectionId, credentials, http) {
      const fingerprint = await credentialsFingerprint(credentials);
      const held = memory.get(connectionId);
      if (held !== undefined && usable(held, fingerprint, http.now(), null)) return held.accessToken;
      return flight(`${connectionId}\n${fingerprint}`, () => obtain(connectionId, credentials, fingerprint, http, null));
    },

    async renew(connectionId, credentials, http, rejected) {
      const fingerprint = await credentialsFingerprint(credentials);
      const key = `${connectionId}\n${fingerprint}`;
      const held = memory.get(connectionId);
      if (held !== undefined && usable(held, fingerprint, http.now(), rejected)) return held.accessToken;
      if (held?.accessToken === rejected) memory.delete(connectionId);
      const running = flights.get(key);
      if (running) {
        const joined = await running.catch(() => null);
        if (joined !== null && joined !== rejected) return joined;
      }
      return flight(key, () => obtain(connectionId, credentials, fingerprint, http, rejected));
    },
  };
}

/** This worker's one cache: every Bol.com client in it shares tokens and in-flight requests. */
export const workerBolTokens: BolTokens = createBolTokenCache();
