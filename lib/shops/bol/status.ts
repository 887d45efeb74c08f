import type { StatusAssessment } from '../../checks/types';
import type { Order } from '../../model/order';
import type { BolOrderItem } from './schemas';

/**
 * bol.com's order statuses as import-doctor reports them. bol has no order-level status (api/bol.md
 * §4.2): it is derived from the items' quantities. Every order the Retailer API returns is paid.
 */
export const BOL_RAW_STATUS = {
  open: 'OPEN',
  shipped: 'SHIPPED',
  cancelled: 'CANCELLED',
} as const;

/** The connector imports open, paid orders; on bol.com every order is paid, so there is one threshold. */
export const BOL_STATUS_THRESHOLDS = ['paid'] as const;

const cancelledOf = (item: Pick<BolOrderItem, 'quantity' | 'quantityCancelled'>): number =>
  Math.min(item.quantity, item.quantityCancelled ?? 0);
const shippedOf = (item: Pick<BolOrderItem, 'quantity' | 'quantityShipped'>): number =>
  Math.min(item.quantity, item.quantityShipped ?? 0);

/** What is still ordered of an item: its quantity less what was cancelled. */
export function remainingQuantity(item: Pick<BolOrderItem, 'quantity' | 'quantityCancelled'>): number {
  return item.quantity - cancelledOf(item);
}

/** Every item fully cancelled (quantityCancelled = quantity). An order without items is not "cancelled". */
export function isFullyCancelled(items: readonly Pick<BolOrderItem, 'quantity' | 'quantityCancelled'>[]): boolean {
  return items.length > 0 && items.every((item) => remainingQuantity(item) === 0);
}

/** CANCELLED when nothing is left; SHIPPED when everything left has shipped; otherwise OPEN. */
export function bolRawStatus(items: readonly Pick<BolOrderItem, 'quantity' | 'quantityCancelled' | 'quantityShipped'>[]): string {
  if (isFullyCancelled(items)) return BOL_RAW_STATUS.cancelled;
  const allShipped = items.length > 0 && items.every((item) => shippedOf(item) >= remainingQuantity(item));
  return allShipped ? BOL_RAW_STATUS.shipped : BOL_RAW_STATUS.open;
}

/**
 * Check 3's bol.com rule (SPEC "Precise rules"): every order bol returns is paid and passes; an
 * order all of whose items are cancelled fails; a partly cancelled one passes.
 */
export function assessBolStatus(order: Order, threshold: string): StatusAssessment {
  const raw = order.status.raw;
  const judged = (outcome: StatusAssessment['outcome']): StatusAssessment => ({ raw, threshold, outcome });
  if (order.status.cancelled) return judged('cancelled');
  const known = (BOL_STATUS_THRESHOLDS as readonly string[]).includes(threshold.trim().toLowerCase());
  if (!known) return judged('unknown');
  return judged(order.paid ? 'reached' : 'not-reached');
}
