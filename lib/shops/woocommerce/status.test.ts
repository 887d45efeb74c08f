import { describe, expect, it } from 'vitest';
import type { Order } from '../../model/order';
import { CORE_STATUSES, DRAFT_STATUS, TRASH_STATUS } from './facts';
import { assessWooStatus, isPaidStatus, WOO_STATUS_THRESHOLDS, wooStatusSlug } from './status';

function order(raw: string, cancelled = raw === 'cancelled'): Order {
  return {
    platform: 'woocommerce',
    orderId: '1',
    orderNumber: '1',
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

describe('assessWooStatus', () => {
  it('offers pending, processing and completed, processing first (the default)', () => {
    expect(WOO_STATUS_THRESHOLDS).toEqual(['processing', 'pending', 'completed']);
  });

  it.each([
    // status, at pending, at processing, at completed
    [DRAFT_STATUS, 'not-reached', 'not-reached', 'not-reached'],
    ['pending', 'reached', 'not-reached', 'not-reached'],
    ['on-hold', 'reached', 'not-reached', 'not-reached'],
    ['processing', 'reached', 'reached', 'not-reached'],
    ['completed', 'reached', 'reached', 'reached'],
    ['cancelled', 'cancelled', 'cancelled', 'cancelled'],
    ['refunded', 'refunded', 'refunded', 'refunded'],
    ['failed', 'failed', 'failed', 'failed'],
    [TRASH_STATUS, 'trash', 'trash', 'trash'],
    ['awaiting-shipment', 'unknown', 'unknown', 'unknown'],
    ['constructor', 'unknown', 'unknown', 'unknown'],
    ['', 'unknown', 'unknown', 'unknown'],
  ])('%s: pending → %s, processing → %s, completed → %s', (raw, atPending, atProcessing, atCompleted) => {
    expect(assessWooStatus(order(raw), 'pending')).toEqual({ raw, threshold: 'pending', outcome: atPending });
    expect(assessWooStatus(order(raw), 'processing')).toEqual({ raw, threshold: 'processing', outcome: atProcessing });
    expect(assessWooStatus(order(raw), 'completed')).toEqual({ raw, threshold: 'completed', outcome: atCompleted });
  });

  it('knows every core status', () => {
    for (const raw of CORE_STATUSES) expect(assessWooStatus(order(raw), 'processing').outcome).not.toBe('unknown');
  });

  it('tolerates capitals and the database prefix, and keeps the raw value as given', () => {
    expect(assessWooStatus(order('wc-Processing'), ' Processing ')).toEqual({ raw: 'wc-Processing', threshold: ' Processing ', outcome: 'reached' });
    expect(assessWooStatus(order('On-Hold'), 'wc-pending').outcome).toBe('reached');
  });

  it('an unknown threshold (or on-hold, which the connector does not offer) is unknown, not a guess', () => {
    expect(assessWooStatus(order('completed'), 'paid').outcome).toBe('unknown');
    expect(assessWooStatus(order('completed'), 'on-hold').outcome).toBe('unknown');
    expect(assessWooStatus(order('completed'), 'checkout-draft').outcome).toBe('unknown');
  });

  it('a final status wins over the threshold; a cancelled flag counts as cancelled', () => {
    expect(assessWooStatus(order('refunded'), 'paid').outcome).toBe('refunded');
    expect(assessWooStatus(order('processing', true), 'processing').outcome).toBe('cancelled');
  });
});

describe('status helpers', () => {
  it('wooStatusSlug', () => {
    expect(wooStatusSlug(' WC-On-Hold ')).toBe('on-hold');
    expect(wooStatusSlug('my-wc-status')).toBe('my-wc-status');
  });

  it('isPaidStatus: processing and completed', () => {
    expect(CORE_STATUSES.filter(isPaidStatus)).toEqual(['processing', 'completed']);
  });
});
