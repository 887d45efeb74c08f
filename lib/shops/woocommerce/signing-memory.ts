/**
 * Per connection: does its site need signed requests (WordPress there does not see HTTPS)? Once
 * learned, later calls sign at once instead of first sending Basic auth to be ignored. Kept in
 * memory and in the background's IndexedDB (beside the connection's secrets, so it goes with the
 * connection), for the site address it was learned on. Failures here never fail a call.
 */
export interface SigningMemory {
  needsSigning(connectionId: string, site: string): Promise<boolean>;
  remember(connectionId: string, site: string, needed: boolean): Promise<void>;
}

/** Memory only: a map from connection to the site that needs signing. */
export function inMemorySigning(): SigningMemory & { sites: Map<string, string> } {
  const sites = new Map<string, string>();
  return {
    sites,
    needsSigning: (connectionId, site) => Promise.resolve(sites.get(connectionId) === site),
    remember(connectionId, site, needed) {
      if (needed) sites.set(connectionId, site);
      else if (sites.get(connectionId) === site) sites.delete(connectionId);
      return Promise.resolve();
    },
  };
}
