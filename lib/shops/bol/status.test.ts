import { describe, expect, it } from 'vitest';
import type { Order } from '../../model/order';
import { assessBolStatus, bolRawStatus, BOL_STATUS_THRESHOLDS, isFullyCancelled } from './status';

const item = (quantity: number, cancelled = 0, shipped = 0) => ({ quantity, quantityCancelled: cancelled, quantityShipped: shipped });

const order = (raw: string, cancelled: boolean, paid = true): Order => ({
  platform: 'bol',
  orderId: '1043946570',
  orderNumber: '1043946570',
  createdAt: '2024-06-20T10:15:00+02:00',
  status: { raw, cancelled },
  paid,
  billingCountry: 'NL',
  shippingCountry: 'NL',
  total: { amount: 10, currency: 'EUR' },
  shippingTotal: 0,
  lines: [],
});

describe('bol.com status from item quantities', () => {
  it.each([
    [[item(2)], 'OPEN', false],
    [[item(2, 0, 1)], 'OPEN', false],
    [[item(2, 0, 2)], 'SHIPPED', false],
    [[item(2, 1, 1)], 'SHIPPED', false],
    [[item(2, 1)], 'OPEN', false],
    [[item(2, 2), item(1)], 'OPEN', false],
    [[item(2, 2), item(1, 1)], 'CANCELLED', true],
    [[item(1, 5)], 'CANCELLED', true],
    [[], 'OPEN', false],
  ])('%j → %s', (items, raw, cancelled) => {
    expect(bolRawStatus(items)).toBe(raw);
    expect(isFullyCancelled(items)).toBe(cancelled);
  });
});

describe('assessBolStatus (check 3 rule)', () => {
  it('offers one threshold: paid', () => {
    expect(BOL_STATUS_THRESHOLDS).toEqual(['paid']);
  });

  it('passes every order bol returns (all paid), partly cancelled and shipped ones too', () => {
    expect(assessBolStatus(order('OPEN', false), 'paid')).toEqual({ raw: 'OPEN', threshold: 'paid', outcome: 'reached' });
    expect(assessBolStatus(order('SHIPPED', false), 'paid').outcome).toBe('reached');
  });

  it('fails a fully cancelled order with the cancelled outcome', () => {
    expect(assessBolStatus(order('CANCELLED', true), 'paid')).toEqual({ raw: 'CANCELLED', threshold: 'paid', outcome: 'cancelled' });
  });

  it('says unknown for a threshold bol.com does not have, rather than guess', () => {
    expect(assessBolStatus(order('OPEN', false), 'processing').outcome).toBe('unknown');
    expect(assessBolStatus(order('OPEN', false), ' PAID ').outcome).toBe('reached');
  });
});
