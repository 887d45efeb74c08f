import { z } from 'zod';
import type { ShopAdapter } from '../types';
import { createBolClient } from './client';
import { describedBy } from '../described';
import { bolDescriptor } from './descriptor';
import { isSellerDashboard, sellerDashboardOrderUrl } from './page';
import { assessBolStatus } from './status';
import type { BolCredentials } from './token';

/** The retailer's own API client id and secret (seller dashboard › Settings › API): the connector's key. */
export const BolCredentialsSchema: z.ZodType<BolCredentials> = z.object({
  clientId: z.string().trim().min(1).max(200),
  clientSecret: z.string().trim().min(1).max(500),
});

export const bolAdapter: ShopAdapter<BolCredentials> = {
  ...describedBy(bolDescriptor),
  credentialsSchema: BolCredentialsSchema,
  assessStatus: assessBolStatus,
  /**
   * Every seller-dashboard page belongs to every Bol.com connection: the URL names no retailer
   * account (bol.com has no shop URL). With two Bol.com connections the first one stored wins
   * (background/diagnose-order.ts takes the first profile that owns the page).
   */
  ownsPage(profile, url) {
    return profile.platform === 'bol' && isSellerDashboard(url);
  },
  orderPageUrl(_profile, orderId) {
    return sellerDashboardOrderUrl(orderId);
  },
  createClient: (profile, credentials, http) => createBolClient(profile, credentials, http),
};

export { assessBolStatus, BOL_STATUS_THRESHOLDS } from './status';
export { createBolClient } from './client';
export { bolPage, sellerDashboardOrderUrl } from './page';
export { BOL_SKU_SOURCES, DEFAULT_BOL_SKU_SOURCE, type BolSkuSource } from './sku-source';
export type { BolCredentials } from './token';
