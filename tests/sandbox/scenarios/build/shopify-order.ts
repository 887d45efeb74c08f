import type { ShopifyAddress, ShopifyLineItem, ShopifyOrder } from '../../shopify/world';
import type { Product } from './catalogue';

/** A Shopify order from a short spec; totals are computed from the lines and shipping. */
export interface LineSpec {
  product: Product;
  quantity?: number;
  /** Overrides the product's SKU (a renamed code, '' or null for none). */
  sku?: string | null;
}

export interface OrderSpec {
  /** The order number: name `#<number>`, id {@link shopifyOrderId}. */
  number: number;
  createdAt: string;
  lines: LineSpec[];
  /** Shipping price incl. VAT; '0.00' is free shipping (a line without cost); null: no shipping line. Default '4.95'. */
  shipping?: string | null;
  /** Country of both addresses (default 'NL'); null: no addresses at all. */
  country?: string | null;
  financialStatus?: string | null;
  fulfillmentStatus?: string;
  cancelledAt?: string | null;
  cancelReason?: string | null;
}

/** Shopify's numeric order id (legacyResourceId): deliberately unlike the order number. */
export const shopifyOrderId = (number: number): string => String(5_600_000_000_000 + number);

const cents = (amount: string): number => Math.round(Number(amount) * 100);

function address(country: string, number: number): ShopifyAddress {
  return {
    countryCodeV2: country,
    firstName: 'Klant',
    lastName: String(number),
    address1: 'Voorbeeldstraat 1',
    city: country === 'NL' ? 'Utrecht' : 'Elsewhere',
    zip: '1234 AB',
  };
}

export function shopifyOrder(spec: OrderSpec): ShopifyOrder {
  const cancelled = spec.cancelledAt ?? null;
  const lineItems: ShopifyLineItem[] = spec.lines.map(({ product, quantity = 1, sku }) => ({
    name: product.name,
    title: product.name,
    sku: sku === undefined ? product.sku : sku,
    quantity,
    // A cancelled order's lines are removed (restocked): current quantity 0.
    currentQuantity: cancelled ? 0 : quantity,
    taxRate: product.taxRate,
    price: product.price,
  }));
  const shipping = spec.shipping === undefined ? '4.95' : spec.shipping;
  const shippingLines = shipping === null ? [] : [{
    title: cents(shipping) > 0 ? 'PostNL standaard' : 'Gratis verzending',
    code: cents(shipping) > 0 ? 'POSTNL' : 'FREE',
    price: shipping,
  }];
  const total = lineItems.reduce((sum, l) => sum + cents(l.price ?? '0') * l.quantity, 0) + cents(shipping ?? '0');
  const country = spec.country === undefined ? 'NL' : spec.country;
  return {
    id: shopifyOrderId(spec.number),
    name: `#${spec.number}`,
    email: `klant${spec.number}@example.com`,
    createdAt: spec.createdAt,
    cancelledAt: cancelled,
    cancelReason: spec.cancelReason ?? (cancelled ? 'CUSTOMER' : null),
    closedAt: cancelled,
    displayFinancialStatus: spec.financialStatus === undefined ? 'PAID' : spec.financialStatus,
    displayFulfillmentStatus: spec.fulfillmentStatus ?? 'UNFULFILLED',
    test: false,
    currencyCode: 'EUR',
    totalPrice: (total / 100).toFixed(2),
    billingAddress: country === null ? null : address(country, spec.number),
    shippingAddress: country === null ? null : address(country, spec.number),
    lineItems,
    shippingLines,
  };
}
