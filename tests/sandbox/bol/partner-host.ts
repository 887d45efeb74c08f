import type { HostDefinition, SandboxResponse } from '../core/types';
import { PARTNER_HOST } from './facts';
import { dashboardData, dashboardShell, notFoundPage } from './partner-page';
import type { BolWorld } from './world';

const html = (status: number, body: string, headers: Record<string, string> = {}): SandboxResponse => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers },
  rawBody: body,
});

/**
 * `partner.bol.com`: the seller dashboard of the logged-in retailer (world.dashboardRetailerId, or
 * the first account). Every route under /sdd/ serves the SPA shell, so deep links and reloads work.
 */
export function bolPartnerHost(world: BolWorld): HostDefinition {
  return {
    hostnames: [PARTNER_HOST],
    describe: 'bol.com seller dashboard pages: /sdd/orders/{orderId}',
    side: 'page',
    allowsWrite: () => false,
    handle(req) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return html(405, notFoundPage());
      if (req.path === '/' || req.path === '/sdd' || req.path === '/sdd/') return html(302, '', { location: '/sdd/home' });
      if (!req.path.startsWith('/sdd/')) return html(404, notFoundPage());
      const account = world.accounts.find((a) => a.retailerId === world.dashboardRetailerId) ?? world.accounts[0];
      if (!account) return html(404, notFoundPage());
      return html(200, dashboardShell(dashboardData(account)));
    },
  };
}
