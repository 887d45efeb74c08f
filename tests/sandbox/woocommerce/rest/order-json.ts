import type { WooAddress, WooOrder, WooSite } from '../world';

/** Renders a world order as `GET /wp-json/wc/v3/orders/{id}` answers it (v3 field set). */

const cents = (amount: string): number => Math.round(Number(amount) * 100);
const money = (c: number): string => (c / 100).toFixed(2);

/** One formatter per zone: making one per date made listing thousands of orders slow. */
const localFormats = new Map<string, Intl.DateTimeFormat>();
function localFormat(timeZone: string): Intl.DateTimeFormat {
  let format = localFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    });
    localFormats.set(timeZone, format);
  }
  return format;
}

/** `YYYY-MM-DDTHH:MM:SS` of an instant in a time zone (Woo's date format: no offset). */
export function wooLocalDate(iso: string, timeZone: string): string {
  const parts = localFormat(timeZone).formatToParts(new Date(iso));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}`;
}

/** `YYYY-MM-DDTHH:MM:SS` in GMT. */
export const wooGmtDate = (iso: string): string => new Date(iso).toISOString().slice(0, 19);

/** The order's money as WooCommerce computes it: lines and shipping, each with its tax. */
export function orderTotals(order: WooOrder): { cartTax: number; shippingTotal: number; shippingTax: number; totalTax: number; total: number } {
  const lineNet = order.lineItems.reduce((sum, l) => sum + cents(l.total), 0);
  const cartTax = order.lineItems.reduce((sum, l) => sum + cents(l.totalTax), 0);
  const shippingTotal = order.shippingLines.reduce((sum, l) => sum + cents(l.total), 0);
  const shippingTax = order.shippingLines.reduce((sum, l) => sum + cents(l.totalTax), 0);
  return { cartTax, shippingTotal, shippingTax, totalTax: cartTax + shippingTax, total: lineNet + cartTax + shippingTotal + shippingTax };
}

/** The total including VAT as WooCommerce's `total` string ("57.55"). */
export const orderTotal = (order: WooOrder): string => money(orderTotals(order).total);

export const orderNumber = (order: WooOrder): string => order.number ?? String(order.id);

function billing(a: WooAddress) {
  return {
    first_name: a.first_name,
    last_name: a.last_name,
    company: a.company ?? '',
    address_1: a.address_1 ?? '',
    address_2: '',
    city: a.city ?? '',
    state: '',
    postcode: a.postcode ?? '',
    country: a.country,
    email: a.email ?? '',
    phone: a.phone ?? '',
  };
}

function shipping(a: WooAddress) {
  const { email: _email, ...rest } = billing(a);
  return rest;
}

export function orderJson(order: WooOrder, site: WooSite, base: string) {
  const tz = site.timeZone ?? 'Europe/Amsterdam';
  const local = (iso: string | null | undefined): string | null => (iso ? wooLocalDate(iso, tz) : null);
  const gmt = (iso: string | null | undefined): string | null => (iso ? wooGmtDate(iso) : null);
  const totals = orderTotals(order);
  const modified = order.modifiedAt ?? order.createdAt;
  let itemId = order.id * 10;
  const taxes = (rateId: number | null, tax: string) => (rateId === null ? [] : [{ id: rateId, total: tax, subtotal: tax }]);

  const lineItems = order.lineItems.map((l) => ({
    id: ++itemId,
    name: l.name,
    product_id: l.productId,
    variation_id: 0,
    quantity: l.quantity,
    tax_class: '',
    subtotal: l.total,
    subtotal_tax: l.totalTax,
    total: l.total,
    total_tax: l.totalTax,
    taxes: taxes(l.rateId, l.totalTax),
    meta_data: [],
    sku: l.sku,
    price: l.quantity === 0 ? 0 : cents(l.total) / 100 / l.quantity,
    image: { id: '', src: '' },
    parent_name: null,
  }));
  const shippingLines = order.shippingLines.map((s) => ({
    id: ++itemId,
    method_title: s.methodTitle,
    method_id: s.methodId,
    instance_id: '1',
    total: s.total,
    total_tax: s.totalTax,
    taxes: taxes(s.rateId, s.totalTax),
    meta_data: [],
  }));
  // One tax line per rate used, as WooCommerce aggregates them.
  const used = new Set([...order.lineItems, ...order.shippingLines].flatMap((l) => (l.rateId === null ? [] : [l.rateId])));
  const taxLines = site.taxRates
    .filter((rate) => used.has(rate.id))
    .map((rate) => ({
      id: ++itemId,
      rate_code: rate.rateCode,
      rate_id: rate.id,
      label: rate.label,
      compound: false,
      tax_total: money(order.lineItems.filter((l) => l.rateId === rate.id).reduce((sum, l) => sum + cents(l.totalTax), 0)),
      shipping_tax_total: money(order.shippingLines.filter((l) => l.rateId === rate.id).reduce((sum, l) => sum + cents(l.totalTax), 0)),
      meta_data: [],
    }));

  return {
    id: order.id,
    parent_id: 0,
    status: order.status,
    currency: order.currency ?? 'EUR',
    version: site.wooVersion ?? '9.1.0',
    prices_include_tax: true,
    date_created: local(order.createdAt),
    date_modified: local(modified),
    discount_total: '0.00',
    discount_tax: '0.00',
    shipping_total: money(totals.shippingTotal),
    shipping_tax: money(totals.shippingTax),
    cart_tax: money(totals.cartTax),
    total: money(totals.total),
    total_tax: money(totals.totalTax),
    customer_id: 0,
    order_key: `wc_order_${order.id.toString(36)}sandbox`,
    billing: billing(order.billing),
    shipping: shipping(order.shipping),
    payment_method: order.paymentMethod ?? 'ideal',
    payment_method_title: order.paymentMethodTitle ?? 'iDEAL',
    transaction_id: order.paidAt ? `tr_${order.id}` : '',
    customer_ip_address: '192.0.2.1',
    customer_user_agent: 'Mozilla/5.0',
    created_via: 'checkout',
    customer_note: order.customerNote ?? '',
    date_completed: local(order.completedAt),
    date_paid: local(order.paidAt),
    cart_hash: '',
    number: orderNumber(order),
    meta_data: [],
    line_items: lineItems,
    tax_lines: taxLines,
    shipping_lines: shippingLines,
    fee_lines: [],
    coupon_lines: [],
    refunds: [],
    payment_url: `${base}/checkout/order-pay/${order.id}/?pay_for_order=true&key=wc_order_${order.id.toString(36)}sandbox`,
    is_editable: ['pending', 'on-hold', 'auto-draft', 'checkout-draft'].includes(order.status),
    needs_payment: order.status === 'pending' || order.status === 'failed',
    needs_processing: true,
    date_created_gmt: gmt(order.createdAt),
    date_modified_gmt: gmt(modified),
    date_completed_gmt: gmt(order.completedAt),
    date_paid_gmt: gmt(order.paidAt),
    currency_symbol: order.currency === 'USD' ? '$' : '€',
    _links: {
      self: [{ href: `${base}/wp-json/wc/v3/orders/${order.id}` }],
      collection: [{ href: `${base}/wp-json/wc/v3/orders` }],
    },
  };
}
