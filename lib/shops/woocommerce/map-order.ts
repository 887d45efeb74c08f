import type { Order, OrderLine } from '../../model/order';
import { lineTaxes, taxRatesById, type WooLineItem, type WooOrder } from './schemas';
import { isPaidStatus, wooStatusSlug } from './status';

/** Woo's `_gmt` dates are UTC without an offset ("2024-06-20T10:28:02"): make them instants. */
export function gmtInstant(value: string): string {
  return /(?:Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`;
}

const cents = (amount: number): number => Math.round(amount * 100);

/**
 * A line's VAT rate in percent, when it can be told:
 * - from `tax_lines[].rate_percent` of the rates applied to the line (newer WooCommerce);
 * - else from the line's own amounts, `total_tax / total`, to the nearest half percent (amounts are
 *   rounded to cents, so 4.33 on 20.62 is 21 %, not 20.999 %);
 * - null when the line carries no tax information (`taxes` empty and no tax: taxes switched off in
 *   the shop) or has no amount to divide by.
 */
export function lineVatRate(item: WooLineItem, ratesById: ReadonlyMap<number, number>): number | null {
  const taxes = lineTaxes(item.taxes);
  // Entries of rates the order has but this line does not use carry an empty or zero total.
  const applied = taxes.filter((entry) => cents(entry.amount) !== 0).map((entry) => ratesById.get(entry.id));
  if (applied.length > 0 && applied.every((rate): rate is number => rate !== undefined)) {
    return applied.reduce((sum, rate) => sum + rate, 0);
  }
  const tax = cents(item.total_tax);
  const base = cents(item.total);
  if (taxes.length === 0 && tax === 0) return null;
  if (base <= 0) return null;
  if (tax === 0) return 0;
  const rate = Math.round(((tax / base) * 100) * 2) / 2;
  return Number.isFinite(rate) ? rate : null;
}

function mapLines(order: WooOrder): OrderLine[] {
  const rates = taxRatesById(order.tax_lines);
  return order.line_items.map((item) => ({
    sku: item.sku ?? '',
    name: item.name,
    quantity: item.quantity,
    vatRate: lineVatRate(item, rates),
  }));
}

const isSet = (date: string | null | undefined): boolean => typeof date === 'string' && date.trim() !== '';

/** The order as every check sees it. */
export function mapWooOrder(order: WooOrder): Order {
  const slug = wooStatusSlug(order.status);
  return {
    platform: 'woocommerce',
    orderId: String(order.id),
    orderNumber: order.number,
    createdAt: gmtInstant(order.date_created_gmt),
    status: { raw: order.status, cancelled: slug === 'cancelled' },
    paid: isSet(order.date_paid_gmt) || isSet(order.date_paid) || isPaidStatus(order.status),
    billingCountry: order.billing?.country ?? null,
    shippingCountry: order.shipping?.country ?? null,
    total: { amount: order.total, currency: order.currency },
    // Shipping including VAT: WooCommerce reports the two separately.
    shippingTotal: (cents(order.shipping_total) + cents(order.shipping_tax)) / 100,
    lines: mapLines(order),
  };
}
