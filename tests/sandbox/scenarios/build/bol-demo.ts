import { ConnectionProfileSchema } from '../../../../lib/model/connection';
import { sddOrderUrl } from '../../bol/facts';
import type { BolAccount, BolOrder } from '../../bol/world';
import type { OrderExpectation, ScenarioConnection } from '../types';
import { SHIPPING_ARTICLE } from './catalogue';
import { DEMO } from './demo';
import { EXACT_APP } from './exact-world';
import { guid } from './guid';

/**
 * The demo merchant's bol.com shop: one retailer account connected to the same Exact division as
 * the demo Shopify store (distinct connection id and order ids, so worlds can be combined).
 */
export const BOL_DEMO = {
  connectionId: 'demo-bol',
  retailerId: '1234567',
  name: 'Demo Store (bol.com)',
  clientId: guid('demo/bol-client'),
  clientSecret: 'demo-bol-client-secret-0f3a9c',
  division: DEMO.division,
} as const;

export function bolDemoAccount(orders: BolOrder[], overrides: Partial<BolAccount> = {}): BolAccount {
  return {
    retailerId: BOL_DEMO.retailerId,
    name: BOL_DEMO.name,
    credentials: [{ clientId: BOL_DEMO.clientId, clientSecret: BOL_DEMO.clientSecret }],
    orders,
    ...overrides,
  };
}

/**
 * The bol.com connection: like the Shopify demo's, except that the connector was set up for Dutch
 * customers only (no EU VAT code mapped) and bol.com has no shop URL.
 */
export function bolDemoConnection(installedAt: string): ScenarioConnection {
  const profile = ConnectionProfileSchema.parse({
    id: BOL_DEMO.connectionId,
    label: 'Demo Store bol.com → Exact',
    platform: 'bol',
    shopAddress: null,
    homeCountry: 'NL',
    timeZone: 'Europe/Amsterdam',
    accounting: { system: 'exact', host: 'start.exactonline.nl', division: BOL_DEMO.division },
    connector: {
      shopUrl: null,
      installedAt,
      articleImportFinished: true,
      statusThreshold: 'paid',
      edition: 'handel',
      vatMapping: { domesticHigh: 'VH', domesticLow: 'VL', domesticZero: 'V0', eu: null, outsideEu: 'VEX' },
      glMapping: { revenueDomestic: '8000', revenueEu: '8010', revenueOutsideEu: '8020', shipping: '8050' },
      shippingArticleCode: SHIPPING_ARTICLE,
      duplicateCheck: true,
      warehouseModule: false,
      warehouseCode: null,
    },
  });
  return {
    profile,
    shopCredentials: { platform: 'bol', clientId: BOL_DEMO.clientId, clientSecret: BOL_DEMO.clientSecret },
    exactApp: { ...EXACT_APP },
  };
}

/** The seller-dashboard order page (path unconfirmed: api/bol.md §7, kept in tests/sandbox/bol/facts.ts). */
export const bolAdminUrl = sddOrderUrl;

export function expectBolOrder(order: BolOrder, e: Omit<OrderExpectation, 'connectionId' | 'orderId' | 'adminUrl'>): OrderExpectation {
  return { connectionId: BOL_DEMO.connectionId, orderId: order.orderId, adminUrl: bolAdminUrl(order.orderId), ...e };
}
