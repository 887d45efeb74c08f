import { browser } from '#imports';
import type { ConnectionProfile } from '../model/connection';
import type { Failure } from '../model/fetched';
import { ownDomainPattern } from '../shops/own-domain';
import { adapterFor } from '../shops/registry';
import { listProfiles } from '../storage/profiles';

/**
 * Shops on the merchant's own domain (descriptor hosting `own-domain`) have no fixed admin URL to list in the
 * manifest. The merchant grants that one origin from the options page; this registers the panel's
 * content script for exactly the granted origins, and keeps the registration in step when
 * connections or permissions change. No `<all_urls>` anywhere.
 */
export const OWN_DOMAIN_SCRIPT_ID = 'own-domain-shop-admin';
/** The built panel script (entrypoints/shop-admin.content), the same file the manifest lists. */
const PANEL_SCRIPT = 'content-scripts/shop-admin.js';

/** `https://shop.example.nl/*` for a profile whose platform lives on its own domain, else null. */
function patternOf(profile: ConnectionProfile): string | null {
  const adapter = adapterFor(profile.platform);
  if (!adapter || adapter.descriptor.hosting.kind !== 'own-domain') return null;
  return ownDomainPattern(profile.shopAddress);
}

/**
 * For a shop on its own domain whose origin the browser has not granted: why nothing can be read
 * there (check 2's and the options page's "grant it" sentence). Null when access is not the problem.
 */
export async function ownDomainAccessFailure(profile: ConnectionProfile): Promise<Failure | null> {
  const pattern = patternOf(profile);
  if (pattern === null || (await browser.permissions.contains({ origins: [pattern] }))) return null;
  return { kind: 'permission-missing', side: 'shop', call: 'site access', httpStatus: null, detail: `the browser has not granted ${pattern}` };
}

/** The patterns the browser has granted, among those the connections need. */
export async function grantedOwnDomainPatterns(profiles: readonly ConnectionProfile[]): Promise<string[]> {
  const wanted = [...new Set(profiles.map(patternOf).filter((p): p is string => p !== null))];
  const granted = await Promise.all(wanted.map((origin) => browser.permissions.contains({ origins: [origin] })));
  return wanted.filter((_, i) => granted[i]);
}

export async function syncOwnDomainScripts(): Promise<void> {
  const matches = await grantedOwnDomainPatterns(await listProfiles());
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [OWN_DOMAIN_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing) await browser.scripting.unregisterContentScripts({ ids: [OWN_DOMAIN_SCRIPT_ID] });
    return;
  }
  const script = { id: OWN_DOMAIN_SCRIPT_ID, js: [PANEL_SCRIPT], matches, runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (existing) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** Call synchronously from the background's main. */
export function registerOwnDomainPages(): void {
  const resync = () => void syncOwnDomainScripts().catch((error: unknown) => console.warn('[import-doctor] content script registration', error));
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  resync();
}
