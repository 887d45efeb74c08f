import type { HostDefinition, SandboxRequest, SandboxResponse } from '../core/types';
import { answerAdmin } from './admin/admin-routes';
import { notFoundPage } from './admin/pages';
import { REST_PREFIX } from './facts';
import { answerRest } from './rest/api';
import type { WooSite, WooWorld } from './world';

export interface WooHostOptions {
  /** The server's clock: OAuth timestamps must be within 15 minutes of it. */
  now?: () => number;
}

/** The site a request is for: the one whose path is the longest prefix of the request path. */
export function siteFor(world: WooWorld, host: string, path: string): { site: WooSite; rest: string } | null {
  const candidates = world.sites
    .filter((s) => s.host.toLowerCase() === host)
    .sort((a, b) => b.path.length - a.path.length);
  for (const site of candidates) {
    const prefix = site.path.toLowerCase();
    const lower = path.toLowerCase();
    if (prefix === '' || lower === prefix || lower.startsWith(`${prefix}/`)) return { site, rest: path.slice(site.path.length) || '/' };
  }
  return null;
}

function answer(world: WooWorld, req: SandboxRequest, now: () => number): SandboxResponse {
  const found = siteFor(world, req.host, req.path);
  if (!found) {
    return { status: 404, headers: { 'Content-Type': 'text/html; charset=UTF-8' }, rawBody: '<!DOCTYPE html><html><head><title>Not Found</title></head><body><h1>Not Found</h1></body></html>' };
  }
  const { site, rest } = found;
  if (rest === REST_PREFIX || rest.startsWith(`${REST_PREFIX}/`)) return answerRest(req, site, rest, now);
  if (rest === '/wp-admin' || rest.startsWith('/wp-admin/')) return answerAdmin(req, site, rest);
  return { status: 404, headers: { 'Content-Type': 'text/html; charset=UTF-8' }, rawBody: notFoundPage(site) };
}

/**
 * Self-hosted WooCommerce shops: one host definition per hostname of the world (several sites may
 * share a host in subfolders), serving the REST API (`/wp-json/wc/v3/orders…`) and the admin
 * order screens (legacy `post.php` and HPOS `admin.php?page=wc-orders`). The world is read at
 * every request. Admin pages and API share the hostname, so both count as side 'shop' (the core
 * has one side per host); tell them apart by path (`/wp-json/` vs `/wp-admin/`).
 */
export function wooHosts(world: WooWorld, options: WooHostOptions = {}): HostDefinition[] {
  const now = options.now ?? Date.now;
  const hostnames = [...new Set(world.sites.map((s) => s.host.toLowerCase()))];
  return hostnames.map((hostname) => ({
    hostnames: [hostname],
    describe: `WooCommerce at ${hostname}: ${world.sites
      .filter((s) => s.host.toLowerCase() === hostname)
      .map((s) => `${s.path || '/'} (${s.storage === 'hpos' ? 'HPOS' : 'posts'}${s.behindTlsProxy ? ', behind a TLS proxy: OAuth 1.0a only' : ''}, REST ${s.path}/wp-json/wc/v3, admin ${s.path}/wp-admin/)`)
      .join('; ')}`,
    side: 'shop',
    allowsWrite: () => false,
    handle: (req) => answer(world, req, now),
  }));
}
