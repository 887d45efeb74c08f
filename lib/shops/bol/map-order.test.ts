import { describe, expect, it } from 'vitest';
import { OrderSchema } from '../../model/order';
import { bolItem, bolOrderJson, ORDER_ID } from './fixtures';
import { mapBolOrder } from './map-order';
import { BolOrderSchema } from './schemas';

const parse = (json: Record<string, unknown>) => BolOrderSchema.parse(json);

describe('mapBolOrder', () => {
  it('maps bol\'s order to the model: orderId is the order number, countries from both addresses', () => {
    const order = mapBolOrder(parse(bolOrderJson({ billingDetails: { countryCode: 'BE' } })), 'offer-reference');
    expect(OrderSchema.parse(order)).toEqual({
      platform: 'bol',
      orderId: ORDER_ID,
      orderNumber: ORDER_ID,
      createdAt: '2024-06-20T10:15:00+02:00',
      status: { raw: 'OPEN', cancelled: false },
      paid: true,
      billingCountry: 'BE',
      shippingCountry: 'NL',
      total: { amount: 49.9, currency: 'EUR' },
      shippingTotal: 0,
      lines: [{ sku: 'TSHIRT-RED-M', name: 'T-shirt rood - M', quantity: 2, vatRate: null }],
    });
  });

  it('uses the EAN as SKU when the connector matches on EAN', () => {
    const order = mapBolOrder(parse(bolOrderJson()), 'ean');
    expect(order.lines.map((l) => l.sku)).toEqual(['8712345000011']);
  });

  it('leaves the SKU empty when the chosen value is missing (check 7 then fails the line)', () => {
    const json = bolOrderJson({}, [bolItem({ offer: { offerId: 'x' } }), bolItem({ offer: null, product: { title: 'Mok' } })]);
    expect(mapBolOrder(parse(json), 'offer-reference').lines.map((l) => l.sku)).toEqual(['', '']);
    expect(mapBolOrder(parse(json), 'ean').lines.map((l) => l.sku)).toEqual(['8712345000011', '']);
  });

  it('counts only what is still ordered: cancelled quantities leave the lines and the total', () => {
    const json = bolOrderJson({}, [
      bolItem({ quantity: 3, quantityCancelled: 1, unitPrice: 10.1 }),
      bolItem({ orderItemId: '2', quantity: 1, quantityCancelled: 1, unitPrice: 99, offer: { reference: 'GONE' } }),
    ]);
    const order = mapBolOrder(parse(json), 'offer-reference');
    expect(order.lines).toEqual([{ sku: 'TSHIRT-RED-M', name: 'T-shirt rood - M', quantity: 2, vatRate: null }]);
    expect(order.total.amount).toBe(20.2);
    expect(order.status).toEqual({ raw: 'OPEN', cancelled: false });
  });

  it('marks an order whose every item is cancelled as cancelled, with no lines left', () => {
    const json = bolOrderJson({}, [bolItem({ quantityCancelled: 2 }), bolItem({ quantity: 1, quantityCancelled: 1 })]);
    const order = mapBolOrder(parse(json), 'offer-reference');
    expect(order.status).toEqual({ raw: 'CANCELLED', cancelled: true });
    expect(order.lines).toEqual([]);
    expect(order.total.amount).toBe(0);
  });

  it('keeps missing or odd country codes as they come (check 6 judges them)', () => {
    const none = mapBolOrder(parse(bolOrderJson({ shipmentDetails: { city: 'Utrecht' }, billingDetails: undefined })), 'ean');
    expect([none.shippingCountry, none.billingCountry]).toEqual([null, null]);
    const odd = mapBolOrder(parse(bolOrderJson({ shipmentDetails: { countryCode: '' }, billingDetails: { countryCode: 'nl ' } })), 'ean');
    expect([odd.shippingCountry, odd.billingCountry]).toEqual(['', 'nl ']);
  });

  it('adds prices in cents, so no float dust reaches the total', () => {
    const json = bolOrderJson({}, [bolItem({ quantity: 3, unitPrice: 0.1 }), bolItem({ quantity: 1, unitPrice: 0.2 })]);
    expect(mapBolOrder(parse(json), 'ean').total.amount).toBe(0.5);
  });
});
