import { LATEST_CHANGE_DATE_ZONE } from './facts';
import type { BolOrder, BolOrderItem } from './world';

/** An item is HANDLED once every unit is shipped or cancelled (api/bol.md §4.1), else OPEN. */
export function fulfilmentStatus(item: BolOrderItem): 'OPEN' | 'HANDLED' {
  return item.quantityShipped + item.quantityCancelled >= item.quantity ? 'HANDLED' : 'OPEN';
}

/** The full `Order` of GET /retailer/orders/{order-id}: the world's record as bol sends it. */
export function fullOrder(order: BolOrder): BolOrder {
  return structuredClone(order);
}

/** A `ReducedOrderItem`: the EAN at the top level, the fulfilment status, the quantities. */
export function reducedItem(item: BolOrderItem) {
  return {
    orderItemId: item.orderItemId,
    ean: item.product.ean,
    fulfilmentMethod: item.fulfilment.method,
    fulfilmentStatus: fulfilmentStatus(item),
    quantity: item.quantity,
    quantityShipped: item.quantityShipped,
    quantityCancelled: item.quantityCancelled,
    cancellationRequest: item.cancellationRequest,
    latestChangedDateTime: item.latestChangedDateTime,
  };
}

export interface ListFilter {
  fulfilmentMethod: 'FBR' | 'FBB' | 'ALL';
  status: 'OPEN' | 'SHIPPED' | 'ALL';
  /** Items changed in the last N minutes. */
  changedSinceMs: number | null;
  /** Items whose latest change was on this date (YYYY-MM-DD, Europe/Amsterdam). */
  latestChangeDate: string | null;
  /** Without `latestChangeDate`: handled items whose latest change is older than this are not listed. */
  handledVisibleSinceMs: number;
  vvbOnly: boolean;
}

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: LATEST_CHANGE_DATE_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const amsterdamDay = (iso: string): string => dayFormat.format(new Date(iso));

function itemMatches(item: BolOrderItem, filter: ListFilter): boolean {
  if (filter.fulfilmentMethod !== 'ALL' && item.fulfilment.method !== filter.fulfilmentMethod) return false;
  // VVB (shipped via bol) orders are retailer-fulfilled ones bol ships; with FBB nothing matches.
  if (filter.vvbOnly && (item.fulfilment.method !== 'FBR' || item.fulfilment.distributionParty !== 'BOL')) return false;
  const status = fulfilmentStatus(item);
  if (filter.status === 'OPEN' && status !== 'OPEN') return false;
  if (filter.status === 'SHIPPED' && !(status === 'HANDLED' && item.quantityShipped > 0)) return false;
  if (filter.changedSinceMs !== null && Date.parse(item.latestChangedDateTime) < filter.changedSinceMs) return false;
  if (filter.latestChangeDate !== null && amsterdamDay(item.latestChangedDateTime) !== filter.latestChangeDate) return false;
  // The plain list: open items, and handled ones for 48 hours after they were handled (their latest change).
  if (filter.latestChangeDate === null && status === 'HANDLED' && Date.parse(item.latestChangedDateTime) < filter.handledVisibleSinceMs) return false;
  return true;
}

/** A `ReducedOrder` with the items the filter selects; null when none does. */
export function reducedOrder(order: BolOrder, filter: ListFilter) {
  const items = order.orderItems.filter((item) => itemMatches(item, filter));
  if (items.length === 0) return null;
  return { orderId: order.orderId, orderPlacedDateTime: order.orderPlacedDateTime, orderItems: items.map(reducedItem) };
}
