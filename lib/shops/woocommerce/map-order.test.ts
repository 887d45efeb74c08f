import { describe, expect, it } from 'vitest';
import { gmtInstant, lineVatRate, mapWooOrder } from './map-order';
import { WooLineItemSchema, WooOrderSchema } from './schemas';
import { wooLineItem, wooOrder } from './fixtures';

const line = (overrides: Record<string, unknown>) => WooLineItemSchema.parse(wooLineItem(overrides));
const NO_RATES = new Map<number, number>();

describe('mapWooOrder', () => {
  it('maps the REST order to the model', () => {
    expect(mapWooOrder(WooOrderSchema.parse(wooOrder()))).toEqual({
      platform: 'woocommerce',
      orderId: '727',
      orderNumber: '727',
      createdAt: '2025-05-20T10:15:00Z',
      status: { raw: 'processing', cancelled: false },
      paid: true,
      billingCountry: 'NL',
      shippingCountry: 'BE',
      total: { amount: 57.55, currency: 'EUR' },
      shippingTotal: 4.95,
      lines: [
        { sku: 'TSHIRT-RED-M', name: 'T-shirt rood - M', quantity: 2, vatRate: 21 },
        { sku: 'BOOK-COOK', name: 'Kookboek', quantity: 1, vatRate: 9 },
      ],
    });
  });

  it('number is the order number (a sequential-numbers plugin makes it differ from the id)', () => {
    const order = mapWooOrder(WooOrderSchema.parse(wooOrder({ id: 88, number: 'WC-2025-0042' })));
    expect(order).toMatchObject({ orderId: '88', orderNumber: 'WC-2025-0042' });
    expect(mapWooOrder(WooOrderSchema.parse(wooOrder({ number: 42 }))).orderNumber).toBe('42');
  });

  it.each([
    [{ status: 'pending', date_paid: null, date_paid_gmt: null }, false],
    [{ status: 'on-hold', date_paid: null, date_paid_gmt: null }, false],
    [{ status: 'on-hold', date_paid: '2025-05-20T12:00:00', date_paid_gmt: '2025-05-20T10:00:00' }, true],
    [{ status: 'completed', date_paid: null, date_paid_gmt: null }, true],
    [{ status: 'processing', date_paid: null, date_paid_gmt: null }, true],
    [{ status: 'refunded' }, true],
    [{ status: 'pending', date_paid: '', date_paid_gmt: '' }, false],
  ])('paid: %j → %s', (overrides, paid) => {
    expect(mapWooOrder(WooOrderSchema.parse(wooOrder(overrides))).paid).toBe(paid);
  });

  it('cancelled follows the status; the raw status is kept as is', () => {
    expect(mapWooOrder(WooOrderSchema.parse(wooOrder({ status: 'cancelled' }))).status).toEqual({ raw: 'cancelled', cancelled: true });
    expect(mapWooOrder(WooOrderSchema.parse(wooOrder({ status: 'wc-awaiting-pickup' }))).status).toEqual({ raw: 'wc-awaiting-pickup', cancelled: false });
  });

  it("keeps empty countries as '' and missing addresses as null", () => {
    const blank = mapWooOrder(WooOrderSchema.parse(wooOrder({ billing: { country: '' }, shipping: { country: '' } })));
    expect([blank.billingCountry, blank.shippingCountry]).toEqual(['', '']);
    const none = mapWooOrder(WooOrderSchema.parse(wooOrder({ billing: null, shipping: {} })));
    expect([none.billingCountry, none.shippingCountry]).toEqual([null, null]);
  });

  it('a product without SKU gives an empty SKU', () => {
    const order = mapWooOrder(WooOrderSchema.parse(wooOrder({ line_items: [wooLineItem({ sku: '' }), wooLineItem({ sku: null })] })));
    expect(order.lines.map((l) => l.sku)).toEqual(['', '']);
  });

  it('shipping total includes its tax; free shipping is zero', () => {
    expect(mapWooOrder(WooOrderSchema.parse(wooOrder({ shipping_total: '0.00', shipping_tax: '0.00', shipping_lines: [] }))).shippingTotal).toBe(0);
    expect(mapWooOrder(WooOrderSchema.parse(wooOrder({ shipping_total: '12.31', shipping_tax: '2.59' }))).shippingTotal).toBe(14.9);
  });
});

describe('gmtInstant', () => {
  it('adds Z to a GMT date without offset, keeps one that has an offset', () => {
    expect(gmtInstant('2024-06-20T10:28:02')).toBe('2024-06-20T10:28:02Z');
    expect(gmtInstant('2024-06-20T10:28:02Z')).toBe('2024-06-20T10:28:02Z');
    expect(gmtInstant('2024-06-20T10:28:02+02:00')).toBe('2024-06-20T10:28:02+02:00');
  });
});

describe('lineVatRate', () => {
  it.each([
    [{ total: '20.62', total_tax: '4.33', taxes: [{ id: 1, total: '4.33' }] }, 21],
    [{ total: '2.07', total_tax: '0.43', taxes: [{ id: 1, total: '0.43' }] }, 21],
    [{ total: '27.51', total_tax: '2.48', taxes: [{ id: 2, total: '2.48' }] }, 9],
    [{ total: '100.00', total_tax: '5.50', taxes: [{ id: 3, total: '5.50' }] }, 5.5],
    [{ total: '10.00', total_tax: '0.00', taxes: [{ id: 4, total: '0.00' }] }, 0],
    [{ total: '10.00', total_tax: '0.00', taxes: [] }, null],
    [{ total: '10.00', total_tax: '0.00', taxes: undefined }, null],
    [{ total: '0.00', total_tax: '0.00', taxes: [{ id: 1, total: '' }] }, null],
    [{ total: '6.00', total_tax: '0.45', taxes: undefined }, 7.5],
  ])('from amounts: %j → %s', (overrides, rate) => {
    expect(lineVatRate(line(overrides), NO_RATES)).toBe(rate);
  });

  it('prefers rate_percent of the applied rates, ignoring rates with an empty total', () => {
    const rates = new Map([[1, 21], [7, 9]]);
    expect(lineVatRate(line({ total: '20.62', total_tax: '4.30', taxes: [{ id: 1, total: '4.30' }, { id: 7, total: '' }] }), rates)).toBe(21);
    expect(lineVatRate(line({ total: '20.62', total_tax: '4.33', taxes: [{ id: 99, total: '4.33' }] }), rates)).toBe(21);
  });

  it('reads rate_percent from the tax lines of an order', () => {
    const order = wooOrder({
      line_items: [wooLineItem({ total: '10.00', total_tax: '0.60', taxes: [{ id: 1, total: '0.60' }] })],
      tax_lines: [{ id: 401, rate_code: 'X', rate_id: 1, label: 'X', compound: false, tax_total: '0.60', shipping_tax_total: '0.00', rate_percent: 6 }, 'junk'],
    });
    expect(mapWooOrder(WooOrderSchema.parse(order)).lines[0]?.vatRate).toBe(6);
  });
});
