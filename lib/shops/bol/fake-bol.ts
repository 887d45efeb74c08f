import { vi } from 'vitest';
import type { HttpDeps } from '../../net/http';
import { BOL_MEDIA_TYPE } from './facts';
import { CREDENTIALS, bolOrderJson } from './fixtures';
import type { BolCredentials } from './token';

/**
 * Test helper: bol.com's two hosts in one fake fetch, on a fake clock. login.bol.com issues tokens
 * for the known credentials (299 s, as bol does); api.bol.com accepts only a live token and the v10
 * media type, and answers from `api` (default: the fixture order for any id).
 */

export interface FakeAnswer {
  status?: number;
  /** A value is sent as JSON; a string as is. */
  body: unknown;
  headers?: Record<string, string>;
}

export interface BolRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: string;
}

export const START = Date.parse('2024-06-21T08:00:00Z');
export const TOKEN_LIFETIME_S = 299;

export interface FakeBolOptions {
  credentials?: BolCredentials;
  /** Overrides the token endpoint (e.g. 5xx, malformed bodies). */
  token?: (request: BolRequest, count: number) => FakeAnswer | null;
  /** API answers; `token` is the live token the request carried, or null. Null answer: the default. */
  api?: (request: BolRequest, token: string | null) => FakeAnswer | null;
  /** Seconds; default 299. */
  lifetime?: number;
}

const problem = (status: number, title: string, detail: string): FakeAnswer => ({
  status,
  body: { type: 'https://api.bol.com/problems', title, status, detail, host: 'Instance-42' },
  headers: { 'content-type': BOL_MEDIA_TYPE },
});

export function fakeBol(options: FakeBolOptions = {}) {
  const credentials = options.credentials ?? CREDENTIALS;
  const clock = { now: START };
  const tokenRequests: BolRequest[] = [];
  const apiRequests: BolRequest[] = [];
  const live = new Map<string, number>();
  const lifetime = options.lifetime ?? TOKEN_LIFETIME_S;
  const expected = `Basic ${Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64')}`;

  function tokenAnswer(request: BolRequest): FakeAnswer {
    const custom = options.token?.(request, tokenRequests.length);
    if (custom) return custom;
    if (request.method !== 'POST' || request.url.searchParams.get('grant_type') !== 'client_credentials') {
      return { status: 400, body: { error: 'unsupported_grant_type' } };
    }
    if (request.headers.authorization !== expected) {
      return { status: 401, body: { error: 'invalid_client', error_description: 'Bad client credentials' } };
    }
    const token = `token-${tokenRequests.length}`;
    live.set(token, clock.now + lifetime * 1000);
    return { body: { access_token: token, token_type: 'Bearer', expires_in: lifetime, scope: 'RETAILER' } };
  }

  function apiAnswer(request: BolRequest): FakeAnswer {
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? null;
    const expiry = bearer === null ? undefined : live.get(bearer);
    const token = expiry !== undefined && expiry > clock.now ? bearer : null;
    if (token === null) return problem(401, 'Unauthorized', 'Full authentication is required to access this resource.');
    if (request.headers.accept !== BOL_MEDIA_TYPE) return problem(406, 'Not Acceptable', 'Unsupported Accept header.');
    const custom = options.api?.(request, token);
    if (custom) return custom;
    const id = /^\/retailer\/orders\/([^/]+)$/.exec(request.url.pathname)?.[1];
    if (id !== undefined) return { body: bolOrderJson({ orderId: decodeURIComponent(id) }), headers: { 'content-type': BOL_MEDIA_TYPE } };
    return { body: {}, headers: { 'content-type': BOL_MEDIA_TYPE } };
  }

  const sleep = vi.fn<(ms: number) => Promise<void>>((ms) => {
    clock.now += ms;
    return Promise.resolve();
  });
  const fetchImpl = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request: BolRequest = {
      url: new URL(String(input)),
      method: init?.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: typeof init?.body === 'string' ? init.body : '',
    };
    let answer: FakeAnswer;
    if (request.url.host === 'login.bol.com' && request.url.pathname === '/token') {
      tokenRequests.push(request);
      answer = tokenAnswer(request);
    } else if (request.url.host === 'api.bol.com') {
      apiRequests.push(request);
      answer = apiAnswer(request);
    } else {
      return Promise.reject(new TypeError(`fakeBol: no host ${request.url.host}`));
    }
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    return Promise.resolve(
      new Response(text, { status: answer.status ?? 200, headers: { 'content-type': 'application/json', ...answer.headers } }),
    );
  };
  const http: HttpDeps = { fetch: fetchImpl as typeof fetch, sleep, random: () => 0, now: () => clock.now };
  return {
    http,
    clock,
    sleep,
    tokenRequests,
    apiRequests,
    advance: (ms: number) => {
      clock.now += ms;
    },
    /** bol forgets every token (e.g. the merchant regenerated the secret). */
    revokeTokens: () => live.clear(),
  };
}
