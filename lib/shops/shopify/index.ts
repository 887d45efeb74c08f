import { z } from 'zod';
import type { ShopAdapter } from '../types';
import { shopHandleFromAddress } from './address';
import { createShopifyClient, type ShopifyCredentials } from './client';
import { shopifyPage, storeHandleFromUrl } from './page';
import { assessShopifyStatus, SHOPIFY_STATUS_THRESHOLDS } from './status';

/** An Admin API access token (shpat_…) of import-doctor's own custom app in the merchant's store. */
export const ShopifyCredentialsSchema: z.ZodType<ShopifyCredentials> = z.object({
  accessToken: z.string().trim().min(1).max(200),
});

export const shopifyAdapter: ShopAdapter<ShopifyCredentials> = {
  platform: 'shopify',
  displayName: 'Shopify',
  page: shopifyPage,
  credentialsSchema: ShopifyCredentialsSchema,
  statusThresholds: SHOPIFY_STATUS_THRESHOLDS,
  assessStatus: assessShopifyStatus,
  // import-doctor has its own token; a refusal says nothing about the connector's authorization.
  keyIsConnectorKey: false,
  ownsPage(profile, url) {
    if (profile.platform !== 'shopify') return false;
    const own = shopHandleFromAddress(profile.shopAddress);
    return own !== null && storeHandleFromUrl(url) === own;
  },
  orderPageUrl(profile, orderId) {
    const handle = shopHandleFromAddress(profile.shopAddress);
    // Without a store handle the admin's own store picker is the best link there is.
    if (handle === null) return 'https://admin.shopify.com/';
    return `https://admin.shopify.com/store/${handle}/orders/${encodeURIComponent(orderId)}`;
  },
  createClient: createShopifyClient,
};

export { assessShopifyStatus, SHOPIFY_STATUS_THRESHOLDS } from './status';
export { createShopifyClient, SHOPIFY_API_VERSION, type ShopifyCredentials } from './client';
export { shopifyPage, storeHandleFromUrl } from './page';
