import type { Platform } from '../model/order';

/**
 * Follows the admin page the content script runs in: calls `onChange` with the order shown now
 * (or null) at start and whenever the URL changes. A shop admin may be a single-page app, so a
 * "new page" is a history change, not a load; WXT emits `wxt:locationchange` for those.
 */
export interface OrderOnPage {
  platform: Platform;
  orderId: string;
}

export type OrderFromUrl = (url: URL) => OrderOnPage | null;

export interface LocationSource {
  href(): string;
  /** Calls back with the new URL: it may not be in `location` yet when navigation starts. */
  onChange(listener: (newUrl: string) => void): void;
}

export function watchOrderPage(source: LocationSource, orderFromUrl: OrderFromUrl, onChange: (order: OrderOnPage | null) => void): void {
  let current: string | null = null;
  const check = (href: string) => {
    const order = orderFromUrl(new URL(href));
    const key = order ? `${order.platform}:${order.orderId}` : '';
    if (key === current) return;
    current = key;
    onChange(order);
  };
  source.onChange(check);
  check(source.href());
}
