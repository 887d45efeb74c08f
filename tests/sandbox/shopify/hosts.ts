import type { HostDefinition } from '../core/types';
import { shopifyAdminHost } from './admin/admin-host';
import { shopifyApiHost } from './api/api-host';
import type { ShopifyWorld } from './world';

export interface ShopifyHostOptions {
  /** Clock for the 60-day window and the throttle bucket (ms since epoch); default Date.now. */
  now?: () => number;
}

/**
 * The Shopify side of the sandbox: `*.myshopify.com` (Admin GraphQL API, legacy admin redirects)
 * and `admin.shopify.com` (the admin SPA's order pages). The world is read at every request, so a
 * test may change it between requests (e.g. revoke a token).
 */
export function shopifyHosts(world: ShopifyWorld, options: ShopifyHostOptions = {}): HostDefinition[] {
  const now = options.now ?? Date.now;
  return [shopifyApiHost(world, { now }), shopifyAdminHost(world)];
}
