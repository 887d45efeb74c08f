import { ConnectionProfileSchema, type ConnectionProfile } from '../../model/connection';
import type { BolCredentials } from './token';

/** Test data for this folder: a Bol.com connection and bol's own JSON shapes (api/bol.md §4). */

export const CREDENTIALS: BolCredentials = { clientId: 'bol-client-id-1', clientSecret: 'bol-secret-xyz' };
export const ORDER_ID = '1043946570';

export function bolProfile(id = 'conn-bol-1'): ConnectionProfile {
  return ConnectionProfileSchema.parse({
    id,
    label: 'Bol.com → Exact',
    platform: 'bol',
    shopAddress: null,
    homeCountry: 'NL',
    timeZone: 'Europe/Amsterdam',
    accounting: { system: 'exact', host: 'start.exactonline.nl', division: 123456 },
    connector: {
      shopUrl: null,
      installedAt: '2024-01-15T09:00:00+01:00',
      articleImportFinished: true,
      statusThreshold: 'paid',
      edition: 'handel',
      vatMapping: { domesticHigh: 'VH', domesticLow: 'VL', domesticZero: 'V0', eu: 'EU', outsideEu: 'EX' },
      glMapping: { revenueDomestic: '8000', revenueEu: '8100', revenueOutsideEu: '8200', shipping: '8300' },
      shippingArticleCode: 'VERZEND',
      duplicateCheck: true,
      warehouseModule: false,
      warehouseCode: null,
    },
  });
}

export function bolItem(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    orderItemId: '2012345678',
    cancellationRequest: false,
    fulfilment: { method: 'FBR', distributionParty: 'RETAILER', latestDeliveryDate: '2024-06-22' },
    offer: { offerId: '6ff736b5-cdd0-4150-8c67-78269ee986f5', reference: 'TSHIRT-RED-M' },
    product: { ean: '8712345000011', title: 'T-shirt rood - M' },
    quantity: 2,
    quantityShipped: 0,
    quantityCancelled: 0,
    unitPrice: 24.95,
    totalPrice: 49.9,
    commission: 5.18,
    latestChangedDateTime: '2024-06-20T10:15:00+02:00',
    ...patch,
  };
}

const address = (countryCode: string | undefined) => ({
  salutation: 'UNKNOWN',
  firstName: 'Klant',
  surname: 'de Tester',
  streetName: 'Voorbeeldstraat',
  houseNumber: '1',
  zipCode: '1234AB',
  city: 'Utrecht',
  ...(countryCode === undefined ? {} : { countryCode }),
  email: '2a8gyzmnz2xkgtm2hafwhbbpp6sbma@verkopen.test2.bol.com',
});

/** A full `Order` answer of GET /retailer/orders/{order-id}. */
export function bolOrderJson(patch: Record<string, unknown> = {}, items: Record<string, unknown>[] = [bolItem()]): Record<string, unknown> {
  return {
    orderId: ORDER_ID,
    pickupPoint: false,
    orderPlacedDateTime: '2024-06-20T10:15:00+02:00',
    shipmentDetails: { ...address('NL'), language: 'nl' },
    billingDetails: address('NL'),
    orderItems: items,
    ...patch,
  };
}

export { address as bolAddress };
