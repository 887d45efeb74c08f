import { platformTexts, type ShopDescriptor } from '../descriptor';
import { shopHandleFromAddress } from './address';
import { shopifyPage } from './page';

/** The connector imports Shopify orders once paid (default) or also when unpaid. */
export const SHOPIFY_STATUS_THRESHOLDS = ['paid', 'unpaid'] as const;

export const shopifyDescriptor: ShopDescriptor<'shopify'> = {
  id: 'shopify',
  displayName: 'Shopify',
  hosting: {
    kind: 'fixed',
    // The admin (content script, tabs) and every store's Admin API host.
    hostPermissions: ['https://admin.shopify.com/*', 'https://*.myshopify.com/*'],
  },
  page: shopifyPage,
  address: {
    kind: 'handle-host',
    labelKey: 'options.shop.address-shopify',
    placeholder: 'myshop.myshopify.com',
    issueKey: 'config.issue.shopify-address',
    valid: (address) => shopHandleFromAddress(address) !== null,
  },
  credentials: [{ name: 'accessToken', labelKey: 'options.shop.shopify-token', testId: 'field-shop-token' }],
  // Access tokens and secrets: shpat_, shpca_, shppa_, shpss_.
  secretPatterns: [/\b(shp(?:at|ca|pa|ss)_)[A-Za-z0-9]+/g],
  connector: { statusThresholds: SHOPIFY_STATUS_THRESHOLDS, skuSources: [], referenceField: 'name (without #)' },
  // import-doctor has its own token; a refusal says nothing about the connector's authorization.
  capabilities: { comparesConnectorShopUrl: false, keyIsConnectorKey: false },
  texts: platformTexts({
    'options.shop.address-shopify': ['Store address (myshopify.com)', 'Winkeladres (myshopify.com)'],
    'options.shop.shopify-token': ['Admin API access token (shpat_…)', 'Admin API-toegangstoken (shpat_…)'],
    'config.issue.shopify-address': [
      'Enter the shop’s myshopify address, like myshop.myshopify.com.',
      'Vul het myshopify-adres van de winkel in, zoals mijnwinkel.myshopify.com.',
    ],
  }),
};
