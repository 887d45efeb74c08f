import type { Platform } from '../model/order';
import { bolAdapter } from './bol';
import { shopifyAdapter } from './shopify';
import { wooAdapter } from './woocommerce';
import type { ShopAdapter } from './types';

/** Every shop platform's adapter (background side). A new platform is one line here. */
export const shopAdapters: Record<Platform, ShopAdapter | undefined> = {
  shopify: shopifyAdapter,
  woocommerce: wooAdapter,
  bol: bolAdapter,
};

/** The adapter of a platform, or undefined while that platform is not built yet. */
export function adapterFor(platform: Platform): ShopAdapter | undefined {
  return shopAdapters[platform];
}
