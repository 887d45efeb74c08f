import type { WooAddress, WooLineItem, WooOrder, WooShippingLine, WooTaxRate } from '../../woocommerce/world';
import type { Product } from './catalogue';

/** A WooCommerce order from a short spec; line and shipping taxes computed from prices incl. VAT. */

/** The demo shops' tax rates (WooCommerce › Settings › Tax, prices entered including tax). */
export const WOO_TAX_RATES: WooTaxRate[] = [
  { id: 1, rateCode: 'NL-BTW HOOG-1', label: 'BTW 21%', percent: 21 },
  { id: 2, rateCode: 'NL-BTW LAAG-1', label: 'BTW 9%', percent: 9 },
  { id: 3, rateCode: 'NL-BTW NUL-1', label: 'BTW 0%', percent: 0 },
];

export interface WooLineSpec {
  product: Product;
  quantity?: number;
  /** Overrides the product's SKU (a renamed code, or '' for none). */
  sku?: string;
}

export interface WooOrderSpec {
  /** Internal id (admin URL, REST path). */
  id: number;
  /** Displayed number (YourRef); default String(id). A sequential-numbers plugin makes it differ. */
  number?: string;
  createdAt: string;
  lines: WooLineSpec[];
  /** Default 'processing'. */
  status?: string;
  /** Shipping incl. VAT; '0.00' is free shipping; null: no shipping line. Default '4.95'. */
  shipping?: string | null;
  /** Country of both addresses (default 'NL'); '' for none (as WooCommerce stores it). */
  country?: string;
  /** Default: paid at creation unless the status is pending, failed, checkout-draft or on-hold. */
  paid?: boolean;
}

const cents = (amount: string): number => Math.round(Number(amount) * 100);
const money = (c: number): string => (c / 100).toFixed(2);

function rateFor(percent: number): WooTaxRate {
  const rate = WOO_TAX_RATES.find((r) => r.percent === percent);
  if (!rate) throw new Error(`no demo tax rate of ${percent}%`);
  return rate;
}

/** Net and tax of an amount including VAT (unit price rounded first, as WooCommerce does per item). */
function split(gross: number, percent: number): { net: number; tax: number } {
  const net = Math.round(gross / (1 + percent / 100));
  return { net, tax: gross - net };
}

function address(country: string, id: number): WooAddress {
  return {
    first_name: 'Klant',
    last_name: String(id),
    address_1: 'Voorbeeldstraat 1',
    city: country === 'NL' ? 'Utrecht' : country === '' ? '' : 'Elsewhere',
    postcode: country === '' ? '' : '1234 AB',
    country,
    email: `klant${id}@example.com`,
  };
}

/** A stable product id per SKU (the demo shops' products). */
const productIdOf = (sku: string): number => 100 + ([...sku].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 900);

/** Shipping is taxed at the high rate; free shipping carries no tax line. */
function shippingLine(gross: string): WooShippingLine {
  if (cents(gross) === 0) return { methodTitle: 'Gratis verzending', methodId: 'free_shipping', total: '0.00', totalTax: '0.00', rateId: null };
  const { net, tax } = split(cents(gross), 21);
  return { methodTitle: 'PostNL standaard', methodId: 'flat_rate', total: money(net), totalTax: money(tax), rateId: rateFor(21).id };
}

const UNPAID = new Set(['pending', 'failed', 'checkout-draft', 'on-hold']);

export function wooOrder(spec: WooOrderSpec): WooOrder {
  const status = spec.status ?? 'processing';
  const lineItems: WooLineItem[] = spec.lines.map(({ product, quantity = 1, sku }) => {
    const unit = split(cents(product.price), product.taxRate);
    return {
      name: product.name,
      productId: productIdOf(product.sku),
      sku: sku === undefined ? product.sku : sku,
      quantity,
      total: money(unit.net * quantity),
      totalTax: money(unit.tax * quantity),
      rateId: rateFor(product.taxRate).id,
    };
  });
  const shipping = spec.shipping === undefined ? '4.95' : spec.shipping;
  const shippingLines: WooShippingLine[] = shipping === null ? [] : [shippingLine(shipping)];
  const country = spec.country ?? 'NL';
  const paid = spec.paid ?? !UNPAID.has(status);
  return {
    id: spec.id,
    ...(spec.number === undefined ? {} : { number: spec.number }),
    status,
    currency: 'EUR',
    createdAt: spec.createdAt,
    paidAt: paid ? new Date(Date.parse(spec.createdAt) + 60_000).toISOString() : null,
    completedAt: status === 'completed' ? new Date(Date.parse(spec.createdAt) + 86_400_000).toISOString() : null,
    billing: address(country, spec.id),
    shipping: address(country, spec.id),
    paymentMethod: 'ideal',
    paymentMethodTitle: 'iDEAL',
    lineItems,
    shippingLines,
  };
}
