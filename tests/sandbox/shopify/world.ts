/**
 * The data one Shopify store serves, in Shopify's GraphQL terms (field names as in ../shared/api).
 */
export interface ShopifyMoney { amount: string; currencyCode: string }
export interface ShopifyLineItem { name: string; sku: string | null; quantity: number; currentQuantity: number; taxRate: number | null }
export interface ShopifyShippingLine { title: string; code: string | null; price: string }
export interface ShopifyAddress { countryCodeV2: string | null }

export interface ShopifyOrder {
  /** numeric legacyResourceId; the GID is gid://shopify/Order/<id> */
  id: string;
  /** "#1001" */
  name: string;
  createdAt: string;
  cancelledAt: string | null;
  cancelReason: string | null;
  displayFinancialStatus: string | null;
  displayFulfillmentStatus: string;
  test: boolean;
  currencyCode: string;
  totalPrice: string;
  billingAddress: ShopifyAddress | null;
  shippingAddress: ShopifyAddress | null;
  lineItems: ShopifyLineItem[];
  shippingLines: ShopifyShippingLine[];
}

export interface ShopifyStore {
  /** permanent handle: {handle}.myshopify.com and admin.shopify.com/store/{handle} */
  handle: string;
  name: string;
  /** Admin API access tokens that are accepted (shpat_...). */
  accessTokens: string[];
  /** Whether the token has read_all_orders; without it orders older than 60 days are invisible. */
  readAllOrders: boolean;
  orders: ShopifyOrder[];
}

export interface ShopifyWorld {
  stores: ShopifyStore[];
}
