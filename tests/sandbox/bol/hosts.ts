import type { HostDefinition } from '../core/types';
import { bolApiHost } from './api-host';
import { bolLoginHost } from './login-host';
import { bolPartnerHost } from './partner-host';
import { BolRateLimits } from './rate-limits';
import { BolTokenStore } from './tokens';
import type { BolWorld } from './world';

export interface BolHostOptions {
  /** Clock for token lifetimes and rate-limit windows (ms since epoch); default Date.now. */
  now?: () => number;
}

/** Steering for tests: token requests seen, revocation, expiry, fresh rate-limit windows. */
export interface BolControl {
  tokenRequests(): { clientId: string | null; at: number; granted: boolean }[];
  revokeTokens(): void;
  expireTokens(): void;
  resetRateLimits(): void;
}

/**
 * The bol.com side of the sandbox: `login.bol.com` (token endpoint), `api.bol.com` (Retailer API
 * order reads) and `partner.bol.com` (seller-dashboard pages). The world is read at every request,
 * so a test may change it between requests (e.g. withdraw API credentials).
 */
export function createBolHosts(world: BolWorld, options: BolHostOptions = {}): { hosts: HostDefinition[]; control: BolControl } {
  const now = options.now ?? Date.now;
  const tokens = new BolTokenStore(now);
  const limits = new BolRateLimits(now);
  return {
    hosts: [bolLoginHost(world, tokens, limits), bolApiHost(world, tokens, limits, { now }), bolPartnerHost(world)],
    control: {
      tokenRequests: () => tokens.tokenRequests(),
      revokeTokens: () => tokens.revokeAll(),
      expireTokens: () => tokens.expireAll(),
      resetRateLimits: () => limits.reset(),
    },
  };
}

export function bolHosts(world: BolWorld, options: BolHostOptions = {}): HostDefinition[] {
  return createBolHosts(world, options).hosts;
}
