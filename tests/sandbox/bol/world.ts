/**
 * The data the bol.com sandbox serves, in bol's own terms (Retailer API v10 field names, as in
 * ../shared/api/bol.md §4). One account is one retailer with its API credentials and its orders.
 */

export interface BolAddress {
  salutation: 'MALE' | 'FEMALE' | 'UNKNOWN';
  firstName: string;
  surname: string;
  streetName: string;
  houseNumber: string;
  houseNumberExtension?: string;
  zipCode: string;
  city: string;
  /** bol always sends it; optional here only so a test can serve a malformed answer. */
  countryCode?: string;
  email?: string;
  company?: string;
  /** shipmentDetails only. */
  language?: string;
  /** billingDetails only. */
  vatNumber?: string;
}

export interface BolOrderItem {
  orderItemId: string;
  cancellationRequest: boolean;
  fulfilment: {
    method: 'FBR' | 'FBB';
    distributionParty: 'RETAILER' | 'BOL';
    latestDeliveryDate?: string;
    exactDeliveryDate?: string;
    expiryDate?: string;
    timeFrameType?: 'REGULAR' | 'EVENING' | 'APPOINTMENT' | 'SAMEDAY' | 'SUNDAY';
  };
  /** `reference` is the retailer's own offer reference (≤ 100 chars), often the shop SKU; optional. */
  offer: { offerId: string; reference?: string };
  product: { ean: string; title: string };
  quantity: number;
  quantityShipped: number;
  quantityCancelled: number;
  /** Including VAT. */
  unitPrice: number;
  totalPrice: number;
  discounts?: { title: string; amount: number }[];
  commission: number;
  latestChangedDateTime: string;
}

export interface BolOrder {
  /** e.g. "1043946570": the id in API paths and seller-dashboard URLs, and the connector's YourRef. */
  orderId: string;
  pickupPoint: boolean;
  /** ISO 8601 with offset, e.g. "2024-06-20T10:15:00+02:00". */
  orderPlacedDateTime: string;
  shipmentDetails: BolAddress;
  billingDetails: BolAddress;
  orderItems: BolOrderItem[];
}

export interface BolApiCredentials {
  clientId: string;
  clientSecret: string;
}

export interface BolAccount {
  /** bol's retailer (seller) id. */
  retailerId: string;
  /** Shop name shown in the seller dashboard. */
  name: string;
  /** API credentials login.bol.com accepts (seller dashboard › Settings › API); read at every request. */
  credentials: BolApiCredentials[];
  orders: BolOrder[];
}

export interface BolWorld {
  accounts: BolAccount[];
  /** Whose seller dashboard partner.bol.com shows (the logged-in retailer); default the first account. */
  dashboardRetailerId?: string;
}
