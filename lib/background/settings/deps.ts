import type { AccountingSystem } from '../../accounting/types';
import type { AccountingSystemId, ConnectionProfile } from '../../model/connection';
import type { Failure } from '../../model/fetched';
import type { Platform } from '../../model/order';
import type { HttpDeps } from '../../net/http';
import type { ShopAdapter } from '../../shops/types';

/**
 * Everything the settings handlers reach outside the database, injected so tests run them with
 * synthetic senders and fakes (settings-handlers.ts wires the real ones).
 */
export interface SettingsDeps {
  /** The extension's own id and origin: the sender check compares against these. */
  ownId: string;
  ownOrigin: string;
  adapterFor(platform: Platform): ShopAdapter | undefined;
  /** Registered adapters, in the order the options page offers them. */
  adapters(): ShopAdapter[];
  /** The accounting system a connection keeps its books in (lib/accounting/registry.ts). */
  accountingFor(profile: Pick<ConnectionProfile, 'accounting'>): AccountingSystem;
  http: HttpDeps;
  /** Epoch ms. */
  now(): number;
  /** browser.identity: the redirect URI to register (one per system) and the interactive OAuth window. */
  redirectUri(system: AccountingSystemId): string;
  launchAuthFlow(url: string): Promise<string>;
  /** Starts (or wakes) the connection's reconciliation without waiting for it (lib/background/sync-jobs.ts). */
  runSync(profile: ConnectionProfile): Promise<void>;
  /** Connections were saved, deleted or imported: re-register the own-domain page scripts. */
  connectionsChanged(): Promise<void>;
  /** A shop on its own domain whose origin the browser has not granted yet: why it cannot be read. */
  shopAccess(profile: ConnectionProfile): Promise<Failure | null>;
}
