import type { SignScheme } from './oauth';

/**
 * Per connection: does its site need signed requests, and over which scheme (http where WordPress
 * does not see HTTPS)? Once learned, later calls sign at once instead of first sending Basic auth to
 * be ignored. Kept for the site address it was learned on. Failures here never fail a call.
 */
export interface SigningMemory {
  /** The scheme to sign over at once, or null: start with Basic. */
  signingFor(connectionId: string, site: string): Promise<SignScheme | null>;
  /** null: forget (Basic first again). */
  remember(connectionId: string, site: string, scheme: SignScheme | null): Promise<void>;
}

/** Memory only: per connection, the site that needs signing and its scheme. */
export function inMemorySigning(): SigningMemory & { sites: Map<string, { site: string; scheme: SignScheme }> } {
  const sites = new Map<string, { site: string; scheme: SignScheme }>();
  return {
    sites,
    signingFor(connectionId, site) {
      const known = sites.get(connectionId);
      return Promise.resolve(known?.site === site ? known.scheme : null);
    },
    remember(connectionId, site, scheme) {
      if (scheme !== null) sites.set(connectionId, { site, scheme });
      else if (sites.get(connectionId)?.site === site) sites.delete(connectionId);
      return Promise.resolve();
    },
  };
}
