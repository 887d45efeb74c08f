import type { ShopifyAddress, ShopifyLineItem, ShopifyOrder, ShopifyShippingLine } from '../world';
import { paginate, readPageArgs, type Connection } from './connection';

/**
 * Turns a world order into the object graphql-js resolves: plain values for scalar fields,
 * functions `(args) => …` for fields with arguments (graphql's default resolver calls them).
 */
type Args = Record<string, unknown>;

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

export const orderGid = (id: string): string => `gid://shopify/Order/${id}`;

const cents = (amount: string): number => Math.round(Number(amount) * 100);
const decimal = (c: number): string => (c / 100).toFixed(2);

function moneyBag(amountCents: number, currencyCode: string): object {
  const money = { amount: decimal(amountCents), currencyCode };
  return { shopMoney: money, presentmentMoney: money };
}

function addressView(a: ShopifyAddress | null, id: string): object | null {
  if (a === null) return null;
  const code = a.countryCodeV2;
  const names = [a.firstName, a.lastName].filter((n): n is string => Boolean(n));
  return {
    id: `gid://shopify/MailingAddress/${id}`,
    ...a,
    country: code ? (countryNames.of(code) ?? code) : null,
    countryCode: code,
    name: names.length > 0 ? names.join(' ') : null,
  };
}

function lineView(line: ShopifyLineItem, id: string, currency: string): Record<string, unknown> & { id: string } {
  const unit = cents(line.price ?? '0');
  const total = unit * line.quantity;
  const rate = line.taxRate;
  return {
    id: `gid://shopify/LineItem/${id}`,
    name: line.name,
    title: line.title ?? line.name,
    variantTitle: line.variantTitle ?? null,
    sku: line.sku,
    quantity: line.quantity,
    currentQuantity: line.currentQuantity,
    requiresShipping: true,
    taxable: rate !== null,
    // Prices include VAT (taxesIncluded), so the tax is the included part.
    taxLines: () => (rate === null ? [] : [{
      rate: rate / 100, ratePercentage: rate, title: 'VAT',
      priceSet: moneyBag(Math.round((total * rate) / (100 + rate)), currency),
    }]),
    originalUnitPriceSet: moneyBag(unit, currency),
    discountedTotalSet: moneyBag(total, currency),
    variant: { id: `gid://shopify/ProductVariant/${id}`, sku: line.sku, title: line.variantTitle ?? 'Default Title' },
    product: { id: `gid://shopify/Product/${id}`, title: line.title ?? line.name },
  };
}

function shippingView(line: ShopifyShippingLine, id: string, currency: string): Record<string, unknown> & { id: string; isRemoved: boolean } {
  const price = moneyBag(cents(line.price), currency);
  return {
    id: `gid://shopify/ShippingLine/${id}`,
    title: line.title,
    code: line.code,
    source: line.source ?? 'shopify',
    carrierIdentifier: null,
    originalPriceSet: price,
    discountedPriceSet: price,
    isRemoved: line.isRemoved === true,
  };
}

export function orderView(o: ShopifyOrder): object {
  const currency = o.currencyCode;
  const lines = o.lineItems.map((l, i) => lineView(l, `${o.id}${String(i + 1).padStart(2, '0')}`, currency));
  const shipping = o.shippingLines.map((l, i) => shippingView(l, `${o.id}${String(i + 1).padStart(2, '0')}`, currency));
  const shippingCents = o.shippingLines.filter((l) => !l.isRemoved).reduce((sum, l) => sum + cents(l.price), 0);
  const subtotal = o.lineItems.reduce((sum, l) => sum + cents(l.price ?? '0') * l.quantity, 0);
  const byId = (x: { id: string }): string => x.id;
  return {
    id: orderGid(o.id),
    legacyResourceId: o.id,
    name: o.name,
    email: o.email ?? null,
    createdAt: o.createdAt,
    processedAt: o.processedAt ?? o.createdAt,
    updatedAt: o.updatedAt ?? o.cancelledAt ?? o.createdAt,
    cancelledAt: o.cancelledAt,
    cancelReason: o.cancelReason,
    closed: Boolean(o.closedAt),
    closedAt: o.closedAt ?? null,
    test: o.test,
    displayFinancialStatus: o.displayFinancialStatus,
    displayFulfillmentStatus: o.displayFulfillmentStatus,
    currencyCode: currency,
    presentmentCurrencyCode: currency,
    taxesIncluded: true,
    totalPriceSet: moneyBag(cents(o.totalPrice), currency),
    currentTotalPriceSet: moneyBag(cents(o.totalPrice), currency),
    subtotalPriceSet: moneyBag(subtotal, currency),
    totalShippingPriceSet: moneyBag(shippingCents, currency),
    billingAddress: addressView(o.billingAddress, `${o.id}1`),
    shippingAddress: addressView(o.shippingAddress, `${o.id}2`),
    lineItems: (args: Args): Connection<object> => paginate(lines, byId, readPageArgs(args)),
    shippingLines: (args: Args): Connection<object> => {
      const visible = args['includeRemovals'] === true ? shipping : shipping.filter((l) => !l.isRemoved);
      return paginate(visible, byId, readPageArgs(args));
    },
  };
}
