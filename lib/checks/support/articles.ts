/**
 * What checks 7 and 8 share: the articles an order needs (its lines' SKUs, and the shipping article
 * when the order carries shipping cost), how a SKU finds its item (trimmed, ignoring case), and
 * whether an item is active on the order's calendar day in the administration's time zone.
 */
import type { Item } from '../../model/accounting';
import type { ConnectorSettings } from '../../model/connection';
import { carriesShippingCost, type Order } from '../../model/order';
import { calendarDay } from './calendar-day';
import { sameCode } from './result';

export interface OrderArticles {
  /** Names of lines without a SKU. */
  withoutSku: string[];
  /** Distinct line SKUs, trimmed, in line order. */
  skus: string[];
  /** The shipping article: not needed (no shipping cost), needed but unmapped, or its code. */
  shipping: { needed: false } | { needed: true; code: string | null };
}

export function orderArticles(order: Order, connector: ConnectorSettings): OrderArticles {
  const withoutSku: string[] = [];
  const skus: string[] = [];
  for (const line of order.lines) {
    const sku = line.sku.trim();
    if (sku === '') withoutSku.push(line.name);
    else if (!skus.some((known) => sameCode(known, sku))) skus.push(sku);
  }
  const shipping = carriesShippingCost(order)
    ? { needed: true as const, code: connector.shippingArticleCode }
    : { needed: false as const };
  return { withoutSku, skus, shipping };
}

export function findItem(items: Item[], code: string): Item | undefined {
  return items.find((item) => sameCode(item.code, code));
}

export type Activity = { state: 'active' } | { state: 'not-started'; day: string } | { state: 'ended'; day: string };

/**
 * Active on `orderDay` ('YYYY-MM-DD'): started on or before it (no start date = started), and no end
 * date or one after it. An end date equal to the order day means inactive.
 */
export function activityOn(item: Item, orderDay: string, timeZone: string): Activity {
  if (item.startDate !== null) {
    const day = calendarDay(item.startDate, timeZone);
    if (day > orderDay) return { state: 'not-started', day };
  }
  if (item.endDate !== null) {
    const day = calendarDay(item.endDate, timeZone);
    if (day <= orderDay) return { state: 'ended', day };
  }
  return { state: 'active' };
}
