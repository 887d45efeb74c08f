import type { ConnectionProfile } from '../../model/connection';

/** Test fixtures: a Shopify connection and GraphQL answers in Shopify's own shape. */

export const TOKEN = 'shpat_test_0123456789abcdef';

export function shopifyProfile(shopAddress: string | null = 'demo-store.myshopify.com'): ConnectionProfile {
  return {
    id: 'c1',
    label: 'Demo store',
    platform: 'shopify',
    shopAddress,
    homeCountry: 'NL',
    timeZone: 'Europe/Amsterdam',
    accounting: { system: 'exact', host: 'start.exactonline.nl', division: 123456 },
    connector: {
      shopUrl: null,
      installedAt: '2025-01-01T00:00:00Z',
      articleImportFinished: true,
      statusThreshold: 'paid',
      edition: 'handel',
      vatMapping: { domesticHigh: '2', domesticLow: '1', domesticZero: '0', eu: '4', outsideEu: '5' },
      glMapping: { revenueDomestic: '8000', revenueEu: '8100', revenueOutsideEu: '8200', shipping: '8300' },
      shippingArticleCode: 'SHIP',
      duplicateCheck: true,
      warehouseModule: false,
      warehouseCode: null,
    },
  };
}

export function lineItem(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'T-shirt - L',
    sku: 'TS-L',
    quantity: 2,
    currentQuantity: 2,
    taxLines: [{ ratePercentage: 21 }],
    ...overrides,
  };
}

export function orderNode(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'gid://shopify/Order/450789469',
    legacyResourceId: '450789469',
    name: '#1001',
    createdAt: '2025-05-20T10:15:00Z',
    cancelledAt: null,
    cancelReason: null,
    displayFinancialStatus: 'PAID',
    displayFulfillmentStatus: 'UNFULFILLED',
    test: false,
    currencyCode: 'EUR',
    totalPriceSet: { shopMoney: { amount: '60.45', currencyCode: 'EUR' } },
    totalShippingPriceSet: { shopMoney: { amount: '4.95', currencyCode: 'EUR' } },
    billingAddress: { countryCodeV2: 'NL' },
    shippingAddress: { countryCodeV2: 'BE' },
    lineItems: {
      nodes: [lineItem(), lineItem({ name: 'Socks', sku: 'SO-1', quantity: 1, currentQuantity: 1, taxLines: [{ ratePercentage: 9 }] })],
      pageInfo: { hasNextPage: false, endCursor: 'c2' },
    },
    ...overrides,
  };
}

export const ALL_SCOPES = ['read_orders', 'read_all_orders'];

export function orderAnswer(order: Record<string, unknown> | null = orderNode(), scopes: string[] | null = ALL_SCOPES) {
  const data: Record<string, unknown> = { order };
  if (scopes !== null) data.currentAppInstallation = { accessScopes: scopes.map((handle) => ({ handle })) };
  return {
    data,
    extensions: {
      cost: {
        requestedQueryCost: 112,
        actualQueryCost: 8,
        throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 1992, restoreRate: 100 },
      },
    },
  };
}

/** Shopify's THROTTLED answer (community example): 752 requested, 666 available, 50 per second. */
export const THROTTLED_BODY = {
  errors: [
    {
      message: 'Throttled',
      extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' },
    },
  ],
  extensions: {
    cost: {
      requestedQueryCost: 752,
      actualQueryCost: null,
      throttleStatus: { maximumAvailable: 1000, currentlyAvailable: 666, restoreRate: 50 },
    },
  },
};
/** ceil((752 − 666) / 50 · 1000) */
export const THROTTLED_WAIT_MS = 1720;
