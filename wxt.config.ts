import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import { accountingHostPermissions } from './lib/accounting/settings';
import { shopHostPermissions } from './lib/shops/descriptors';

// The manifest is the whole permission story: read it here, not in scattered code.
// Shop platforms on fixed hosts list them in their descriptors (lib/shops/<platform>/descriptor.ts),
// accounting systems in their settings (lib/accounting/settings.ts). Shops on the merchant's own
// domain are requested at runtime (optional_host_permissions), never through <all_urls>.

/**
 * A test build may be handed origins as granted at install (comma-separated match patterns):
 * Chromium's permission prompt cannot be answered by Playwright. A manifest difference only; the
 * product code asks at runtime either way (see README, "How it is tested").
 */
const preGranted = (process.env.PREGRANTED_ORIGINS ?? '').split(',').map((p) => p.trim()).filter(Boolean);

export default defineConfig({
  // Where builds go; a second folder lets a benchmark or demo build beside a running test.
  outDir: process.env.OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // The sources archive Mozilla asks for: the code, not what local runs leave behind.
  zip: { excludeSources: ['demo-output/**', 'playwright-report/**', 'test-results/**', '.output*/**'] },
  imports: false,
  vite: () => ({
    plugins: [tailwindcss()],
  }),
  manifest: ({ manifestVersion, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the panel's script is registered at runtime for a shop on its own domain.
    permissions: ['storage', 'alarms', 'identity', 'scripting'],
    host_permissions: [
      ...shopHostPermissions(),
      ...accountingHostPermissions(),
      ...preGranted,
    ],
    // A shop on the merchant's own domain: that one origin is asked for on a click.
    // (Manifest V2, Firefox's build, lists optional origins among the optional permissions.)
    ...(manifestVersion === 3 ? { optional_host_permissions: ['https://*/*'] } : { optional_permissions: ['https://*/*'] }),
    // No web page and no other extension may message us.
    externally_connectable: { ids: [] },
    action: { default_title: '__MSG_extName__' },
    // Firefox: a stable id (storage and the OAuth redirect URL depend on it) and the data-collection
    // statement new add-ons must make: import-doctor sends nothing anywhere but the merchant's APIs.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'import-doctor@import-doctor.app', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
