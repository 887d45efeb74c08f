import type { HostDefinition, SandboxRequest, SandboxResponse } from '../core/types';
import { errorBudgetKey, handleApi, type ApiContext } from './api';
import { ExactErrorBudget } from './error-budget';
import { BLOCK_MESSAGE, BLOCK_STATUS, blockHeaders } from './facts';
import { approve, authorize, token, type OAuthContext, type TokenRequestRecord } from './oauth';
import { ExactRateLimits } from './rate-limits';
import { exactError } from './serialize';
import { ExactTokenStore } from './token-store';
import type { ExactWorld } from './world';

export type { TokenRequestRecord } from './oauth';

/** Steering for tests and the demo; reached through `sandbox.exact`. */
export interface ExactControl {
  /** On (default): /api/oauth2/auth redirects with a code at once; off: the consent page shows. */
  setAutoConsent(on: boolean): void;
  autoConsent(): boolean;
  /** Which world user is "signed in" at Exact when consenting (default: the first). */
  setConsentUser(userId: string): void;
  /** The merchant revoked the app: access and refresh tokens stop working. */
  revokeTokens(): void;
  /** Every access token expires now (refresh tokens stay valid). */
  expireAccessTokens(): void;
  tokenRequests(): TokenRequestRecord[];
  /** Resets the minutely and daily budgets and the error budget (blocks included). */
  resetRateLimits(): void;
  /** How many counted errors (400/401/403/404) the app's user has on a division's endpoint this hour. */
  errorsInWindow(clientId: string, userId: string, division: number, endpoint: string): number;
  /** Moves Exact's clock forward (token lifetimes, the 570 s rule, rate-limit windows). */
  advanceClock(ms: number): void;
  now(): number;
}

export interface ExactHostOptions {
  /** Base clock; default Date.now. `advanceClock` adds to it. */
  now?: () => number;
}

export interface ExactHost {
  hosts: HostDefinition[];
  control: ExactControl;
}

const WRITE_ROUTES = new Set(['/api/oauth2/token', '/api/oauth2/approve']);

export function createExactHost(world: ExactWorld, options: ExactHostOptions = {}): ExactHost {
  const base = options.now ?? Date.now;
  let offset = 0;
  const now = (): number => base() + offset;
  let autoConsent = true;
  let consentUserId = world.users[0]?.userId ?? null;
  const log: TokenRequestRecord[] = [];
  const tokens = new ExactTokenStore(now);
  const limits = new ExactRateLimits(() => ({ daily: world.dailyLimit, minutely: world.minutelyLimit }), now);
  const errors = new ExactErrorBudget(now);
  const api: ApiContext = { world, tokens, limits };

  const oauth: OAuthContext = {
    world,
    tokens,
    now,
    autoConsent: () => autoConsent,
    consentUser: () => world.users.find((user) => user.userId === consentUserId),
    log: (entry) => log.push(entry),
  };

  function handle(req: SandboxRequest): SandboxResponse {
    const path = req.path.toLowerCase().replace(/\/$/, '');
    if (path === '/api/oauth2/auth' && req.method === 'GET') return authorize(req, oauth);
    if (path === '/api/oauth2/approve' && req.method === 'POST') return approve(req, oauth);
    if (path === '/api/oauth2/token' && req.method === 'POST') return token(req, oauth);
    if (path.startsWith('/api/v1/')) return handleApi(req, api);
    return exactError(404, 'Resource not found.');
  }

  const host: HostDefinition = {
    hostnames: [world.host],
    describe: `Exact Online (${world.host}): OAuth2 authorize/token, REST API v1 (OData v2)`,
    side: 'accounting',
    allowsWrite: (req) => req.method === 'POST' && WRITE_ROUTES.has(req.path.toLowerCase().replace(/\/$/, '')),
    handle,
    rateLimitHeaders: (retryAfterSeconds) => limits.faultHeaders(retryAfterSeconds),
    // A blocked key is refused before anything else, injected faults included (facts.ts).
    preempt: (req) => {
      const key = errorBudgetKey(req, api);
      const until = key ? errors.blockedUntil(key) : null;
      if (until === null) return null;
      return exactError(BLOCK_STATUS, BLOCK_MESSAGE, blockHeaders(Math.ceil((until - now()) / 1000)));
    },
    observe: (req, response) => {
      const key = errorBudgetKey(req, api);
      if (key) errors.record(key, response.status);
    },
  };

  const control: ExactControl = {
    setAutoConsent: (on) => {
      autoConsent = on;
    },
    autoConsent: () => autoConsent,
    setConsentUser: (userId) => {
      if (!world.users.some((user) => user.userId === userId)) throw new Error(`unknown Exact user ${userId}`);
      consentUserId = userId;
    },
    revokeTokens: () => tokens.revokeAll(),
    expireAccessTokens: () => tokens.expireAccessTokens(),
    tokenRequests: () => [...log],
    resetRateLimits: () => {
      limits.reset();
      errors.reset();
    },
    errorsInWindow: (clientId, userId, division, endpoint) => errors.errorsInWindow({ clientId, userId, division, endpoint }),
    advanceClock: (ms) => {
      offset += ms;
    },
    now,
  };
  return { hosts: [host], control };
}

/** The Exact Online host definitions for a world (fresh state each call). */
export function exactHosts(world: ExactWorld, options: ExactHostOptions = {}): HostDefinition[] {
  return createExactHost(world, options).hosts;
}
