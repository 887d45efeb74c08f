import type { ConnectionProfile } from '../model/connection';

/** Tests only: a complete, valid Shopify connection (id `c1`); override what a test is about. */
export function profileFixture(overrides: Partial<ConnectionProfile> = {}): ConnectionProfile {
  return {
    id: 'c1',
    label: 'Demo shop',
    platform: 'shopify',
    shopAddress: 'demo.myshopify.com',
    homeCountry: 'NL',
    timeZone: 'Europe/Amsterdam',
    accounting: { system: 'exact', host: 'start.exactonline.nl', division: null },
    connector: {
      shopUrl: null,
      installedAt: '2024-01-15T09:00:00+01:00',
      articleImportFinished: true,
      statusThreshold: 'paid',
      edition: 'handel',
      vatMapping: { domesticHigh: '2', domesticLow: '1', domesticZero: '0', eu: '5', outsideEu: '6' },
      glMapping: { revenueDomestic: '8000', revenueEu: '8100', revenueOutsideEu: '8200', shipping: '8300' },
      shippingArticleCode: 'SHIP',
      duplicateCheck: true,
      warehouseModule: false,
      warehouseCode: null,
    },
    ...overrides,
  };
}
