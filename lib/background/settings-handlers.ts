import { browser } from '#imports';
import { accountingFor } from '../accounting/registry';
import { settingsMessenger, type ResponseOf, type SettingsMessage } from '../messaging/protocol';
import { defaultHttpDeps } from '../net/http';
import { adapterFor, shopAdapters } from '../shops/registry';
import type { ShopAdapter } from '../shops/types';
import type { SettingsDeps } from './settings/deps';
import type { Handler } from './settings/guard';
import { createSettingsHandlers } from './settings/handlers';
import { ownDomainAccessFailure, syncOwnDomainScripts } from './own-domain-pages';
import { runSyncNow, updateBadge } from './sync-jobs';

export { createSettingsHandlers, type SettingsHandlers } from './settings/handlers';
export type { SettingsDeps } from './settings/deps';

/** The real world: this extension's id and origin, the registries, fetch, browser.identity. */
export function defaultSettingsDeps(): SettingsDeps {
  return {
    ownId: browser.runtime.id,
    ownOrigin: new URL(browser.runtime.getURL('/')).origin,
    adapterFor,
    adapters: () => Object.values(shopAdapters).filter((adapter): adapter is ShopAdapter => adapter !== undefined),
    accountingFor,
    http: defaultHttpDeps,
    now: () => Date.now(),
    // Per system ('exact' gives …chromiumapp.org/exact, the address merchants registered so far).
    redirectUri: (system) => browser.identity.getRedirectURL(system),
    launchAuthFlow: async (url) => {
      const final = await browser.identity.launchWebAuthFlow({ url, interactive: true });
      if (!final) throw new Error('the sign-in window returned no address');
      return final;
    },
    runSync: runSyncNow,
    // Page scripts follow the connections, and so does the badge (a deleted one's orders go).
    connectionsChanged: async () => {
      await syncOwnDomainScripts();
      await updateBadge();
    },
    shopAccess: ownDomainAccessFailure,
  };
}

function wire<K extends SettingsMessage>(type: K, handler: Handler<ResponseOf<K>>): () => void {
  return settingsMessenger.onMessage(type, (message) => handler(message.data, message.sender));
}

/**
 * Registers the options page's messages (lib/messaging/protocol.ts). Call synchronously from the
 * background's main. Only extension pages get answers; see lib/background/settings/guard.ts.
 * Returns a function that removes the listeners (tests).
 */
export function registerSettingsHandlers(deps: SettingsDeps = defaultSettingsDeps()): () => void {
  const handlers = createSettingsHandlers(deps);
  const removers = (Object.keys(handlers) as SettingsMessage[]).map((type) => wire(type, handlers[type]));
  return () => removers.forEach((remove) => remove());
}
