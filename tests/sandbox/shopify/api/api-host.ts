import type { HostDefinition, SandboxRequest, SandboxResponse } from '../../core/types';
import type { ShopifyStore, ShopifyWorld } from '../world';
import { API_PATH, NOT_FOUND_BODY, PLAN_THROTTLE, UNAUTHORIZED_BODY } from './facts';
import { answerGraphql, isQueryOnly } from './graphql-endpoint';
import { LeakyBucket } from './throttle';

const SUFFIX = '.myshopify.com';

/** The store a `{handle}.myshopify.com` request is for; read from the world at every request. */
export function storeForHost(world: ShopifyWorld, host: string): ShopifyStore | undefined {
  if (!host.endsWith(SUFFIX)) return undefined;
  const handle = host.slice(0, -SUFFIX.length);
  return world.stores.find((s) => s.handle === handle);
}

function tokenOf(req: SandboxRequest): string | null {
  const raw = req.headers['x-shopify-access-token'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value ? value.trim() : null;
}

const html = (status: number, title: string): SandboxResponse => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  rawBody: `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`,
});

/** The legacy admin `{handle}.myshopify.com/admin/...` redirects to admin.shopify.com/store/{handle}/... */
function legacyAdminRedirect(req: SandboxRequest, store: ShopifyStore): SandboxResponse {
  const rest = req.path.replace(/^\/admin\/?/, '');
  const location = `https://admin.shopify.com/store/${store.handle}${rest ? `/${rest}` : ''}${req.url.search}`;
  return { status: 302, headers: { location, 'content-type': 'text/html; charset=utf-8' }, rawBody: `<a href="${location}">Found</a>` };
}

export interface ApiHostOptions {
  now: () => number;
}

/**
 * `*.myshopify.com`: the Admin GraphQL API (`POST /admin/api/{version}/graphql.json`) and the
 * legacy admin URLs. One leaky bucket per store, sized by the store's plan, kept for the life of the host.
 */
export function shopifyApiHost(world: ShopifyWorld, options: ApiHostOptions): HostDefinition & { bucketFor(handle: string): LeakyBucket } {
  const buckets = new Map<string, LeakyBucket>();
  const bucketFor = (handle: string): LeakyBucket => {
    let bucket = buckets.get(handle);
    if (!bucket) {
      const plan = PLAN_THROTTLE[world.stores.find((s) => s.handle === handle)?.plan ?? 'standard'];
      buckets.set(handle, (bucket = new LeakyBucket(options.now, plan.maximum, plan.restorePerSecond)));
    }
    return bucket;
  };
  return {
    hostnames: ['*.myshopify.com'],
    describe: `Shopify Admin GraphQL API and legacy admin redirects (${world.stores.map((s) => `${s.handle}${SUFFIX}`).join(', ')})`,
    side: 'shop',
    allowsWrite: (req) => req.method === 'POST' && API_PATH.test(req.path) && isQueryOnly(req),
    bucketFor,
    handle(req) {
      const store = storeForHost(world, req.host);
      const isApi = API_PATH.test(req.path);
      if (!store) return isApi ? { status: 404, body: NOT_FOUND_BODY } : html(404, 'Sorry, this shop is currently unavailable.');
      if (!isApi) {
        if (req.method === 'GET' && /^\/admin(\/|$)/.test(req.path)) return legacyAdminRedirect(req, store);
        return req.path.startsWith('/admin/api/') ? { status: 404, body: NOT_FOUND_BODY } : html(404, 'Page not found');
      }
      const token = tokenOf(req);
      if (!token || !store.accessTokens.includes(token)) return { status: 401, body: UNAUTHORIZED_BODY };
      if (req.method !== 'POST') return { status: 405, body: { errors: 'Method Not Allowed' } };
      return answerGraphql(req, store, bucketFor(store.handle), options.now());
    },
  };
}
