/**
 * The files `npm run new:platform <id>` lays out for a new shop platform. Placeholders: __ID__ (the
 * platform id, 'magento'), __NAME__ (display name), __CAMEL__ / __PASCAL__ (the id as identifiers).
 * What a template cannot know (the vendor's hosts, paths, statuses) sits in the platform's
 * facts.ts marked (unconfirmed), for the engineer to confirm from the vendor's own docs.
 */
export const platformTemplates: Record<string, string> = {
  'lib/shops/__ID__/facts.ts': `/**
 * __NAME__ facts import-doctor builds on, in one place. Each is (unconfirmed) until checked against
 * the vendor's own public documentation; cite the source beside it when it is.
 */

/** The merchant's admin (order pages) — (unconfirmed) placeholder host. */
export const ADMIN_HOST = 'admin.__ID__.invalid';
/** The API the worker reads — (unconfirmed) placeholder host. */
export const API_HOST = 'api.__ID__.invalid';
/** An admin order page: /orders/{id} — (unconfirmed). */
export const ORDER_PAGE = /^\\/orders\\/([A-Za-z0-9-]{1,40})\\/?$/;
/** One order: GET /v1/orders/{id} with a bearer key — (unconfirmed). */
export const orderUrl = (orderId: string): string => \`https://\${API_HOST}/v1/orders/\${encodeURIComponent(orderId)}\`;
/** The cheapest authenticated read, for the credential test — (unconfirmed). */
export const PROBE_URL = \`https://\${API_HOST}/v1/orders?limit=1\`;
`,
  'lib/shops/__ID__/page.ts': `import type { PageRule } from '../descriptor';
import { ADMIN_HOST, ORDER_PAGE } from './facts';

/** __NAME__ admin URL knowledge. Bundled into the content script: no zod, no network. */
function orderIdFromUrl(url: URL): string | null {
  if (url.protocol !== 'https:' || url.port !== '' || url.hostname.toLowerCase() !== ADMIN_HOST) return null;
  return ORDER_PAGE.exec(url.pathname)?.[1] ?? null;
}

export const __CAMEL__Page: PageRule = {
  matches: [\`https://\${ADMIN_HOST}/*\`],
  orderIdFromUrl,
};
`,
  'lib/shops/__ID__/descriptor.ts': `import { platformTexts, type ShopDescriptor } from '../descriptor';
import { ADMIN_HOST, API_HOST } from './facts';
import { __CAMEL__Page } from './page';

export const __CAMEL__Descriptor: ShopDescriptor<'__ID__'> = {
  id: '__ID__',
  displayName: '__NAME__',
  hosting: { kind: 'fixed', hostPermissions: [\`https://\${ADMIN_HOST}/*\`, \`https://\${API_HOST}/*\`] },
  page: __CAMEL__Page,
  address: { kind: 'none' },
  credentials: [{ name: 'apiKey', labelKey: 'options.shop.__ID__-api-key', testId: 'field-shop-__ID__-api-key' }],
  secretPatterns: [],
  connector: { statusThresholds: ['paid'], skuSources: [], referenceField: 'number' },
  capabilities: { comparesConnectorShopUrl: false, keyIsConnectorKey: true },
  texts: platformTexts({
    'options.shop.__ID__-api-key': ['__NAME__ API key the connector uses', 'API-sleutel van __NAME__ die de koppeling gebruikt'],
  }),
};
`,
  'lib/shops/__ID__/schemas.ts': `import { z } from 'zod';

/** One order as the __NAME__ API answers it — (unconfirmed) shape, to be taken from the vendor's reference. */
export const __PASCAL__OrderSchema = z.object({
  id: z.string().min(1),
  number: z.string().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  status: z.string(),
  paid: z.boolean(),
  currency: z.string().length(3),
  total: z.number(),
  shippingTotal: z.number(),
  billingCountry: z.string().nullable(),
  shippingCountry: z.string().nullable(),
  lines: z.array(z.object({ sku: z.string().nullable(), name: z.string(), quantity: z.number().int(), vatRate: z.number().nullable() })),
});
export type __PASCAL__Order = z.infer<typeof __PASCAL__OrderSchema>;

export const __PASCAL__ListSchema = z.object({ orders: z.array(z.unknown()) });
`,
  'lib/shops/__ID__/client.ts': `import { OrderSchema, type Order } from '../../model/order';
import { requestJson, type HttpDeps } from '../../net/http';
import type { ShopClient } from '../types';
import { orderUrl, PROBE_URL } from './facts';
import { __PASCAL__ListSchema, __PASCAL__OrderSchema, type __PASCAL__Order } from './schemas';

export interface __PASCAL__Credentials {
  apiKey: string;
}

export function map__PASCAL__Order(order: __PASCAL__Order): Order {
  return OrderSchema.parse({
    platform: '__ID__',
    orderId: order.id,
    orderNumber: order.number,
    createdAt: order.createdAt,
    status: { raw: order.status, cancelled: order.status === 'cancelled' },
    paid: order.paid,
    billingCountry: order.billingCountry,
    shippingCountry: order.shippingCountry,
    total: { amount: order.total, currency: order.currency },
    shippingTotal: order.shippingTotal,
    lines: order.lines.map((l) => ({ sku: l.sku ?? '', name: l.name, quantity: l.quantity, vatRate: l.vatRate })),
  });
}

/** Reads one __NAME__ shop with the merchant's key; every answer is checked by its schema. */
export function create__PASCAL__Client(credentials: __PASCAL__Credentials, http: HttpDeps): ShopClient {
  const headers = { Accept: 'application/json', Authorization: \`Bearer \${credentials.apiKey}\` };
  return {
    async getOrder(orderId) {
      const { data } = await requestJson({ side: 'shop', call: '__NAME__ GET orders/{id}', url: orderUrl(orderId), headers, schema: __PASCAL__OrderSchema }, http);
      return map__PASCAL__Order(data);
    },
    async probeCredentials() {
      await requestJson({ side: 'shop', call: '__NAME__ GET orders', url: PROBE_URL, headers, schema: __PASCAL__ListSchema }, http);
    },
  };
}
`,
  'lib/shops/__ID__/status.ts': `import type { StatusAssessment } from '../../checks/types';
import type { Order } from '../../model/order';

/** The connector imports paid orders — (unconfirmed) rule, to be taken from the connector's help. */
export function assess__PASCAL__Status(order: Order, threshold: string): StatusAssessment {
  const outcome = order.status.cancelled ? 'cancelled' : order.paid ? 'reached' : 'not-reached';
  return { raw: order.status.raw, threshold, outcome };
}
`,
  'lib/shops/__ID__/index.ts': `import { z } from 'zod';
import { describedBy } from '../described';
import type { ShopAdapter } from '../types';
import { create__PASCAL__Client, type __PASCAL__Credentials } from './client';
import { __CAMEL__Descriptor } from './descriptor';
import { ADMIN_HOST } from './facts';
import { assess__PASCAL__Status } from './status';

export const __PASCAL__CredentialsSchema: z.ZodType<__PASCAL__Credentials> = z.object({
  apiKey: z.string().trim().min(1).max(200),
});

export const __CAMEL__Adapter: ShopAdapter<__PASCAL__Credentials> = {
  ...describedBy(__CAMEL__Descriptor),
  credentialsSchema: __PASCAL__CredentialsSchema,
  assessStatus: assess__PASCAL__Status,
  ownsPage: (profile, url) => profile.platform === '__ID__' && url.protocol === 'https:' && url.hostname.toLowerCase() === ADMIN_HOST,
  orderPageUrl: (_profile, orderId) => \`https://\${ADMIN_HOST}/orders/\${encodeURIComponent(orderId)}\`,
  createClient: (_profile, credentials, http) => create__PASCAL__Client(credentials, http),
};
`,
  'tests/sandbox/__ID__/world.ts': `import type { __PASCAL__Order } from '../../../lib/shops/__ID__/schemas';

/** What the __NAME__ hosts serve: the keys they accept and the orders they hold. */
export interface __PASCAL__World {
  apiKeys: string[];
  orders: __PASCAL__Order[];
}
`,
  'tests/sandbox/__ID__/hosts.ts': `import { ADMIN_HOST, API_HOST } from '../../../lib/shops/__ID__/facts';
import type { HostDefinition, SandboxRequest, SandboxResponse } from '../core/types';
import type { __PASCAL__World } from './world';

const ORDER = /^\\/v1\\/orders\\/([^/]+)$/;

function api(world: __PASCAL__World, req: SandboxRequest): SandboxResponse {
  const key = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
  if (!key || !world.apiKeys.includes(key)) return { status: 401, body: { error: 'unauthorized' } };
  if (req.path === '/v1/orders') return { status: 200, body: { orders: world.orders.slice(0, Number(req.query.get('limit') ?? 50)) } };
  const id = ORDER.exec(req.path)?.[1];
  const order = id && world.orders.find((o) => o.id === decodeURIComponent(id));
  return order ? { status: 200, body: order } : { status: 404, body: { error: 'not found' } };
}

function admin(world: __PASCAL__World, req: SandboxRequest): SandboxResponse {
  const id = /^\\/orders\\/([^/]+)$/.exec(req.path)?.[1];
  const order = id && world.orders.find((o) => o.id === decodeURIComponent(id));
  const html = order ? \`<h1>Order \${order.number}</h1>\` : '<h1>Not found</h1>';
  return { status: order ? 200 : 404, headers: { 'Content-Type': 'text/html; charset=UTF-8' }, rawBody: \`<!DOCTYPE html><html><body>\${html}</body></html>\` };
}

/** The __NAME__ side of the sandbox: the admin's order pages and the order API, read-only. */
export function __CAMEL__Hosts(world: __PASCAL__World): HostDefinition[] {
  return [
    { hostnames: [ADMIN_HOST], describe: '__NAME__ admin order pages', side: 'page', allowsWrite: () => false, handle: (req) => admin(world, req) },
    { hostnames: [API_HOST], describe: '__NAME__ API (GET /v1/orders, /v1/orders/{id})', side: 'shop', allowsWrite: () => false, handle: (req) => api(world, req) },
  ];
}
`,
  'tests/sandbox/scenarios/__ID__-checks.ts': `import { ConnectionProfileSchema } from '../../../lib/model/connection';
import type { __PASCAL__Order } from '../../../lib/shops/__ID__/schemas';
import { ADMIN_HOST } from '../../../lib/shops/__ID__/facts';
import { PRODUCTS, SHIPPING_ARTICLE } from './build/catalogue';
import { demoDivision } from './build/demo-division';
import { EXACT_APP, exactWorld } from './build/exact-world';
import { daysAgo } from './build/time';
import type { Scenario } from './types';

const KEY = '__ID__-demo-key';

/** The __NAME__ demo shop → Exact (Handel): one healthy order. Add one order per check it can fail. */
export function __CAMEL__Checks(): Scenario {
  const now = Date.now();
  const { tshirt } = PRODUCTS;
  const order: __PASCAL__Order = {
    id: '9001', number: '9001', createdAt: daysAgo(now, 2), status: 'paid', paid: true, currency: 'EUR',
    total: 24.95, shippingTotal: 0, billingCountry: 'NL', shippingCountry: 'NL',
    lines: [{ sku: tshirt.sku, name: tshirt.name, quantity: 1, vatRate: tshirt.taxRate }],
  };
  const profile = ConnectionProfileSchema.parse({
    id: 'demo-__ID__',
    label: '__NAME__ demo → Exact',
    platform: '__ID__',
    shopAddress: null,
    accounting: { system: 'exact', host: 'start.exactonline.nl', division: 4133185 },
    connector: {
      shopUrl: null, installedAt: daysAgo(now, 30, 8), articleImportFinished: true, statusThreshold: 'paid', edition: 'handel',
      vatMapping: { domesticHigh: 'VH', domesticLow: 'VL', domesticZero: 'V0', eu: 'VEU', outsideEu: 'VEX' },
      glMapping: { revenueDomestic: '8000', revenueEu: '8010', revenueOutsideEu: '8020', shipping: '8050' },
      shippingArticleCode: SHIPPING_ARTICLE, duplicateCheck: true, warehouseModule: false, warehouseCode: null,
    },
  });
  return {
    name: '__ID__-checks',
    description: '__NAME__ demo shop → Exact (Handel): one healthy order.',
    shopify: { stores: [] },
    __CAMEL__: { apiKeys: [KEY], orders: [order] },
    exact: exactWorld([demoDivision(now)]),
    connections: [{ profile, shopCredentials: { platform: '__ID__', apiKey: KEY }, exactApp: { ...EXACT_APP } }],
    expectations: [{
      connectionId: profile.id, orderId: order.id, adminUrl: \`https://\${ADMIN_HOST}/orders/\${order.id}\`,
      verdict: 'will-import', note: 'Healthy paid order: will import on the next run.',
    }],
  };
}
`,
  'tests/e2e/__ID__.spec.ts': `import { connectThroughOptions } from './connect';
import { expect, test } from './fixtures';
import { checkImport, expectDiagnosis } from './panel';

test.use({ scenarioName: '__ID__-checks' });

test('the options page offers __NAME__ and a __NAME__ order gets its verdict', async ({ context, extensionId, sandbox, page }) => {
  const scenario = sandbox.scenario();
  const connection = scenario.connections[0]!;
  const options = await connectThroughOptions(context, extensionId, connection);
  // The connection's form stays open: its platform list is the registry's, with __NAME__ chosen.
  await expect(options.getByTestId('field-platform').locator('option', { hasText: '__NAME__' })).toHaveCount(1);
  await expect(options.getByTestId('field-platform')).toHaveValue('__ID__');
  for (const expected of scenario.expectations) {
    await checkImport(page, expected.adminUrl);
    await expectDiagnosis(page, expected);
  }
});
`,
};
