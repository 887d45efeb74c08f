import { vi } from 'vitest';
import { accountingSystems } from '../../accounting/registry';
import type { AccountingClient, AccountingSystem } from '../../accounting/types';
import type { SenderLike } from '../../messaging/guard';
import { ApiError } from '../../net/errors';
import type { HttpDeps } from '../../net/http';
import { shopifyAdapter } from '../../shops/shopify';
import type { ShopAdapter, ShopClient } from '../../shops/types';
import { db, ImportDoctorDb, replaceDbForTests } from '../../storage/db';
import type { SettingsDeps } from './deps';

export { profileFixture } from '../../config/fixtures';

/** Test helpers for the settings handlers: senders, a profile, fake deps, a database snapshot. */

export const OWN_ID = 'own-extension-id';
export const OWN_ORIGIN = `chrome-extension://${OWN_ID}`;

export const senders = {
  optionsPage: { id: OWN_ID, origin: OWN_ORIGIN, url: `${OWN_ORIGIN}/options.html` },
  popupPage: { id: OWN_ID, origin: OWN_ORIGIN, url: `${OWN_ORIGIN}/popup.html` },
  optionsInTab: { id: OWN_ID, origin: OWN_ORIGIN, url: `${OWN_ORIGIN}/options.html`, tab: { id: 7, url: `${OWN_ORIGIN}/options.html` }, frameId: 0 },
  contentScript: {
    id: OWN_ID,
    origin: 'https://admin.shopify.com',
    url: 'https://admin.shopify.com/store/demo/orders/1001',
    tab: { id: 3, url: 'https://admin.shopify.com/store/demo/orders/1001' },
    frameId: 0,
  },
  foreignExtension: { id: 'someone-else', origin: 'chrome-extension://someone-else', url: 'chrome-extension://someone-else/x.html' },
  lookalikeOrigin: { id: OWN_ID, origin: `chrome-extension://${OWN_ID}.evil.com` },
  noSender: {},
} satisfies Record<string, SenderLike>;

export const unauthorized = (side: 'shop' | 'accounting') =>
  new ApiError({ kind: 'unauthorized', side, call: 'probe', httpStatus: 401, detail: 'refused' });

export function fakeDeps() {
  const shopProbe = vi.fn<ShopClient['probeCredentials']>(() => Promise.resolve());
  const accountingProbe = vi.fn<() => Promise<void>>(() => Promise.resolve());
  const adapter: ShopAdapter = {
    ...(shopifyAdapter as ShopAdapter),
    createClient: () => ({ getOrder: () => Promise.reject(new Error('not in these tests')), probeCredentials: shopProbe }),
  };
  const connect = vi.fn<AccountingSystem['connect']>(() =>
    Promise.resolve({ division: 4133185, userName: 'Jan de Vries', divisionName: 'Demo BV' }),
  );
  const refreshMasterData = vi.fn<AccountingSystem['refreshMasterData']>(() => Promise.resolve(null));
  // The real system's stored records (app, tokens), its network faked.
  const accounting: AccountingSystem = {
    ...accountingSystems.exact,
    connect,
    createClient: () => ({ probe: accountingProbe }) as unknown as AccountingClient,
    refreshMasterData,
  };
  const http: HttpDeps = { fetch: () => Promise.reject(new Error('no network in tests')), sleep: () => Promise.resolve(), random: () => 0.5, now: () => 0 };
  const deps: SettingsDeps = {
    ownId: OWN_ID,
    ownOrigin: OWN_ORIGIN,
    adapterFor: (platform) => (platform === 'shopify' ? adapter : undefined),
    adapters: () => [adapter],
    accountingFor: () => accounting,
    http,
    now: () => Date.parse('2025-06-01T12:00:00Z'),
    redirectUri: (system) => `https://${OWN_ID}.chromiumapp.org/${system}`,
    launchAuthFlow: vi.fn<(url: string) => Promise<string>>(() => Promise.reject(new Error('no window in tests'))),
    runSync: vi.fn<SettingsDeps['runSync']>(() => Promise.resolve()),
    connectionsChanged: vi.fn<SettingsDeps['connectionsChanged']>(() => Promise.resolve()),
    shopAccess: vi.fn<SettingsDeps['shopAccess']>(() => Promise.resolve(null)),
  };
  return { deps, shopProbe, accountingProbe, connect, refreshMasterData };
}

export function freshDb(): void {
  replaceDbForTests(new ImportDoctorDb(`t-${Math.random()}`));
}

/** Every row of every table, as one string: equal before and after means nothing was written. */
export async function dbSnapshot(): Promise<string> {
  const [profiles, secrets, kv, cache] = await Promise.all([db().profiles.toArray(), db().secrets.toArray(), db().kv.toArray(), db().cache.toArray()]);
  return JSON.stringify({ profiles, secrets, kv, cache });
}
