/**
 * The data one Shopify store serves, in Shopify's GraphQL terms (field names as in ../shared/api).
 */
export interface ShopifyMoney { amount: string; currencyCode: string }
export interface ShopifyLineItem {
  name: string;
  sku: string | null;
  quantity: number;
  currentQuantity: number;
  /** VAT rate in percent (21, 9, 0); null when the line carries no tax line. */
  taxRate: number | null;
  /** Unit price including VAT, decimal string ("24.95"); default "0.00". */
  price?: string;
  /** Product title without the variant part; default: `name`. */
  title?: string;
  variantTitle?: string | null;
}
export interface ShopifyShippingLine {
  title: string;
  code: string | null;
  price: string;
  /** Removed by an order edit: hidden unless `includeRemovals: true` (API 2024-04+). */
  isRemoved?: boolean;
  source?: string | null;
}
export interface ShopifyAddress {
  countryCodeV2: string | null;
  firstName?: string | null;
  lastName?: string | null;
  company?: string | null;
  address1?: string | null;
  city?: string | null;
  zip?: string | null;
}

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
  /** Defaults: processedAt = updatedAt = createdAt. */
  processedAt?: string;
  updatedAt?: string;
  /** Set when the order is archived (closed); default null. */
  closedAt?: string | null;
  email?: string | null;
}

/** Shopify plans differ in how fast the GraphQL cost bucket refills (api/facts.ts PLAN_THROTTLE). */
export type ShopifyPlan = 'standard' | 'advanced' | 'plus' | 'enterprise';

export interface ShopifyStore {
  /** permanent handle: {handle}.myshopify.com and admin.shopify.com/store/{handle} */
  handle: string;
  name: string;
  /** Admin API access tokens that are accepted (shpat_...). */
  accessTokens: string[];
  /** Whether the token has read_all_orders; without it orders older than 60 days are invisible. */
  readAllOrders: boolean;
  orders: ShopifyOrder[];
  /** Shop currency (CurrencyCode); default "EUR". */
  currencyCode?: string;
  /** The store's plan, which sets its query-cost bucket; default "standard". Read when the bucket is made. */
  plan?: ShopifyPlan;
}

export interface ShopifyWorld {
  stores: ShopifyStore[];
}
