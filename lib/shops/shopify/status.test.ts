import { describe, expect, it } from 'vitest';
import type { Order } from '../../model/order';
import { FINANCIAL_STATUSES, NO_FINANCIAL_STATUS } from './financial-status';
import { assessShopifyStatus } from './status';

function order(raw: string, cancelled = false): Order {
  return {
    platform: 'shopify',
    orderId: '1',
    orderNumber: '1001',
    createdAt: '2025-05-20T10:15:00Z',
    status: { raw, cancelled },
    paid: false,
    billingCountry: 'NL',
    shippingCountry: 'NL',
    total: { amount: 10, currency: 'EUR' },
    shippingTotal: 0,
    lines: [],
  };
}

describe('assessShopifyStatus', () => {
  it.each([
    ['PAID', 'reached', 'reached'],
    ['PARTIALLY_REFUNDED', 'reached', 'reached'],
    ['REFUNDED', 'reached', 'reached'],
    ['AUTHORIZED', 'not-reached', 'reached'],
    ['PENDING', 'not-reached', 'reached'],
    ['PARTIALLY_PAID', 'not-reached', 'reached'],
    [NO_FINANCIAL_STATUS, 'not-reached', 'reached'],
    ['VOIDED', 'voided', 'voided'],
    ['EXPIRED', 'expired', 'expired'],
    ['SOMETHING_NEW', 'unknown', 'unknown'],
    ['paid', 'unknown', 'unknown'],
  ])('%s: paid → %s, unpaid → %s', (raw, atPaid, atUnpaid) => {
    expect(assessShopifyStatus(order(raw), 'paid')).toEqual({ raw, threshold: 'paid', outcome: atPaid });
    expect(assessShopifyStatus(order(raw), 'unpaid')).toEqual({ raw, threshold: 'unpaid', outcome: atUnpaid });
  });

  it('covers every enum value in the table above', () => {
    for (const raw of FINANCIAL_STATUSES) {
      expect(assessShopifyStatus(order(raw), 'paid').outcome).not.toBe('unknown');
    }
  });

  it.each([...FINANCIAL_STATUSES, NO_FINANCIAL_STATUS, 'WHATEVER'])('cancelled %s → cancelled at both thresholds', (raw) => {
    expect(assessShopifyStatus(order(raw, true), 'paid').outcome).toBe('cancelled');
    expect(assessShopifyStatus(order(raw, true), 'unpaid').outcome).toBe('cancelled');
  });

  it('reads the threshold case-insensitively and keeps it as given', () => {
    expect(assessShopifyStatus(order('PENDING'), ' Unpaid ')).toEqual({ raw: 'PENDING', threshold: ' Unpaid ', outcome: 'reached' });
  });

  it('an unknown threshold is unknown, not a guess', () => {
    expect(assessShopifyStatus(order('PAID'), 'processing').outcome).toBe('unknown');
  });
});
