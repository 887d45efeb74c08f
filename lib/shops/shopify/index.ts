import { z } from 'zod';
import type { ShopAdapter } from '../types';
import { shopHandleFromAddress } from './address';
import { createShopifyClient, type ShopifyCredentials } from './client';
import { describedBy } from '../described';
import { shopifyDescriptor } from './descriptor';
import { storeHandleFromUrl } from './page';
import { assessShopifyStatus } from './status';

/** An Admin API access token (shpat_…) of import-doctor's own custom app in the merchant's store. */
export const ShopifyCredentialsSchema: z.ZodType<ShopifyCredentials> = z.object({
  accessToken: z.string().trim().min(1).max(200),
});

export const shopifyAdapter: ShopAdapter<ShopifyCredentials> = {
  ...describedBy(shopifyDescriptor),
  credentialsSchema: ShopifyCredentialsSchema,
  assessStatus: assessShopifyStatus,
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
