import type { Platform } from '../model/order';
import { bolPage } from './bol/page';
import { shopifyPage } from './shopify/page';
import { wooPage } from './woocommerce/page';
import type { ShopPage } from './types';

/**
 * The page side of every platform, for the content script. Imports only page.ts files: no API
 * clients, no zod, nothing that could hold credentials.
 */
export const shopPages: ShopPage[] = [shopifyPage, bolPage, wooPage];

/** Which platform's order page `url` is, and the order id in it; null for any other page. */
export function orderPageFromUrl(url: URL | string): { platform: Platform; orderId: string } | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  for (const page of shopPages) {
    const orderId = page.orderIdFromUrl(parsed);
    if (orderId !== null) return { platform: page.platform, orderId };
  }
  return null;
}
