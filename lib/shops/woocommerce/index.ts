import { z } from 'zod';
import type { ShopAdapter } from '../types';
import { CONSUMER_KEY, CONSUMER_SECRET, createWooClient, type WooCredentials } from './client';
import { describedBy } from '../described';
import { wooDescriptor } from './descriptor';
import { legacyOrderPath, wooSitePathFromAdminUrl } from './page';
import { samePath, wooSiteFromAddress } from './site';
import { assessWooStatus } from './status';
import { storedSigning } from './stored-signing';

/** One memory per worker: which connections' sites need signed requests. */
const signing = storedSigning();

/**
 * A WooCommerce REST API key (WooCommerce › Settings › Advanced › REST API): the very key the
 * connector uses, so a refusal is the connector's problem too. Field names are the options page's.
 */
export const WooCredentialsSchema: z.ZodType<WooCredentials> = z.object({
  consumerKey: z.string().trim().max(200).regex(CONSUMER_KEY),
  consumerSecret: z.string().trim().max(200).regex(CONSUMER_SECRET),
});

export const wooAdapter: ShopAdapter<WooCredentials> = {
  ...describedBy(wooDescriptor),
  credentialsSchema: WooCredentialsSchema,
  assessStatus: assessWooStatus,
  /** Same origin as the site address (scheme, host, port), and the admin of that site's path. */
  ownsPage(profile, url) {
    if (profile.platform !== 'woocommerce') return false;
    const site = wooSiteFromAddress(profile.shopAddress);
    if (site === null || url.origin !== site.origin) return false;
    const sitePath = wooSitePathFromAdminUrl(url);
    return sitePath !== null && samePath(sitePath, site.path);
  },
  /**
   * The legacy edit screen: it works with either storage, as WooCommerce redirects it to the HPOS
   * screen when HPOS is on (PostsRedirectionController), while the HPOS screen does not exist
   * on a shop that still stores orders as posts.
   */
  orderPageUrl(profile, orderId) {
    const site = wooSiteFromAddress(profile.shopAddress);
    if (site === null) return 'about:blank';
    return `${site.origin}${legacyOrderPath(site.path, orderId)}`;
  },
  createClient: (profile, credentials, http) => createWooClient(profile, credentials, http, signing),
};

export { assessWooStatus, WOO_STATUS_THRESHOLDS } from './status';
export { createWooClient, type WooCredentials } from './client';
export { wooPage, wooOrderPageFromUrl } from './page';
export { siteBase, wooSiteFromAddress } from './site';
