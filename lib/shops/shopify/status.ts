import type { StatusAssessment } from '../../checks/types';
import type { Order } from '../../model/order';
import { isKnownStatus, isPaidStatus } from './financial-status';

import { SHOPIFY_STATUS_THRESHOLDS } from './descriptor';

export { SHOPIFY_STATUS_THRESHOLDS };
export type ShopifyThreshold = (typeof SHOPIFY_STATUS_THRESHOLDS)[number];

function asThreshold(value: string): ShopifyThreshold | null {
  const normalized = value.trim().toLowerCase();
  return (SHOPIFY_STATUS_THRESHOLDS as readonly string[]).includes(normalized) ? (normalized as ShopifyThreshold) : null;
}

/**
 * Check 3's Shopify rule (SPEC "Precise rules"): threshold paid passes PAID, PARTIALLY_REFUNDED and
 * REFUNDED; threshold unpaid passes every financial status except VOIDED and EXPIRED (a missing
 * status counts as unpaid); a cancelled order fails whatever its payment.
 */
export function assessShopifyStatus(order: Order, threshold: string): StatusAssessment {
  const raw = order.status.raw;
  const judged = (outcome: StatusAssessment['outcome']): StatusAssessment => ({ raw, threshold, outcome });
  if (order.status.cancelled) return judged('cancelled');
  const level = asThreshold(threshold);
  // A value Shopify added later, or a threshold we do not offer: say so rather than guess.
  if (level === null || !isKnownStatus(raw)) return judged('unknown');
  if (raw === 'VOIDED') return judged('voided');
  if (raw === 'EXPIRED') return judged('expired');
  if (level === 'unpaid') return judged('reached');
  return judged(isPaidStatus(raw) ? 'reached' : 'not-reached');
}
