import { ConnectionProfileSchema } from '../../../../lib/model/connection';
import type { ShopifyOrder, ShopifyStore } from '../../shopify/world';
import type { OrderExpectation, ScenarioConnection } from '../types';
import { SHIPPING_ARTICLE } from './catalogue';
import { EXACT_APP } from './exact-world';

/** The demo merchant: one Shopify store connected to one Exact division (Handel edition). */
export const DEMO = {
  connectionId: 'demo-shopify',
  handle: 'demo-store',
  storeName: 'Demo Store',
  token: 'shpat_demo_token',
  division: 4133185,
} as const;

export function demoStore(orders: ShopifyOrder[], overrides: Partial<ShopifyStore> = {}): ShopifyStore {
  return {
    handle: DEMO.handle,
    name: DEMO.storeName,
    accessTokens: [DEMO.token],
    readAllOrders: false,
    orders,
    ...overrides,
  };
}

/** A healthy connection: every mapping filled, article import finished, duplicate check on. */
export function demoConnection(installedAt: string): ScenarioConnection {
  const profile = ConnectionProfileSchema.parse({
    id: DEMO.connectionId,
    label: 'Demo Store → Exact',
    platform: 'shopify',
    shopAddress: `${DEMO.handle}.myshopify.com`,
    homeCountry: 'NL',
    timeZone: 'Europe/Amsterdam',
    accounting: { system: 'exact', host: 'start.exactonline.nl', division: DEMO.division },
    connector: {
      shopUrl: null,
      installedAt,
      articleImportFinished: true,
      statusThreshold: 'paid',
      edition: 'handel',
      vatMapping: { domesticHigh: 'VH', domesticLow: 'VL', domesticZero: 'V0', eu: 'VEU', outsideEu: 'VEX' },
      glMapping: { revenueDomestic: '8000', revenueEu: '8010', revenueOutsideEu: '8020', shipping: '8050' },
      shippingArticleCode: SHIPPING_ARTICLE,
      duplicateCheck: true,
      warehouseModule: false,
      warehouseCode: null,
    },
  });
  return {
    profile,
    shopCredentials: { platform: 'shopify', accessToken: DEMO.token },
    exactApp: { ...EXACT_APP },
  };
}

export const adminOrderUrl = (orderId: string): string =>
  `https://admin.shopify.com/store/${DEMO.handle}/orders/${orderId}`;

export function expectOrder(
  order: ShopifyOrder,
  e: Omit<OrderExpectation, 'connectionId' | 'orderId' | 'adminUrl'>,
): OrderExpectation {
  return { connectionId: DEMO.connectionId, orderId: order.id, adminUrl: adminOrderUrl(order.id), ...e };
}
