import type { HostDefinition, SandboxResponse } from '../../core/types';
import type { ShopifyWorld } from '../world';
import { adminPageData } from './page-data';
import { adminShell, notFoundPage } from './spa-shell';

const STORE_ROUTE = /^\/store\/([^/]+)(\/.*)?$/;

const page = (status: number, html: string): SandboxResponse => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  rawBody: html,
});

/**
 * `admin.shopify.com`: every route under `/store/{handle}/` serves the same SPA shell (deep links
 * and reloads work); the script renders the order list, an order, or a home page.
 */
export function shopifyAdminHost(world: ShopifyWorld): HostDefinition {
  return {
    hostnames: ['admin.shopify.com'],
    describe: `Shopify admin pages: ${world.stores.map((s) => `/store/${s.handle}/orders/{id}`).join(', ')}`,
    side: 'page',
    allowsWrite: () => false,
    handle(req) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return page(405, notFoundPage('Method not allowed'));
      const m = STORE_ROUTE.exec(req.path);
      const handle = m?.[1] ? decodeURIComponent(m[1]) : null;
      const store = world.stores.find((s) => s.handle === handle);
      if (!store) return page(404, notFoundPage('There’s no page at this address'));
      return page(200, adminShell(adminPageData(store)));
    },
  };
}
