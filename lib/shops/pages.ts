import type { Platform } from '../model/order';
import { shopDescriptors } from './descriptors';
import type { ShopPage } from './types';

/**
 * The page side of every platform, for the content script: derived from the descriptors, which
 * import only page rules — no API clients, no zod, nothing that could hold credentials.
 */
export const shopPages: ShopPage[] = [...shopDescriptors]
  // Fixed hosts first: an own-domain rule recognises its admin paths on any host.
  .sort((a, b) => Number(a.hosting.kind === 'own-domain') - Number(b.hosting.kind === 'own-domain'))
  .map((d) => ({ platform: d.id, matches: d.page.matches, orderIdFromUrl: d.page.orderIdFromUrl }));

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
