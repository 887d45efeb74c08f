/**
 * Every shop platform, one line each: the registry everything outside lib/shops/ derives from.
 * Pure (descriptor.ts files only), so wxt.config.ts, the content script, checks and the options
 * page may import it. The worker's side (API clients) is lib/shops/registry.ts.
 */
import { bolDescriptor } from './bol/descriptor';
import type { ShopDescriptor } from './descriptor';
import { shopifyDescriptor } from './shopify/descriptor';
import { wooDescriptor } from './woocommerce/descriptor';

export const shopDescriptors = [shopifyDescriptor, wooDescriptor, bolDescriptor] as const;

export type PlatformId = (typeof shopDescriptors)[number]['id'];

/** The ids in registry order, as a non-empty tuple (z.enum wants one). */
export const platformIds = shopDescriptors.map((d) => d.id) as [PlatformId, ...PlatformId[]];

export function descriptorOf(platform: PlatformId): ShopDescriptor<PlatformId> {
  const found = shopDescriptors.find((d) => d.id === platform);
  if (!found) throw new Error(`no shop descriptor for ${platform}`);
  return found;
}

/** The name merchants know a platform by; the id itself for an unknown one (a stored row of a removed platform). */
export function platformDisplayName(platform: string): string {
  return shopDescriptors.find((d) => d.id === platform)?.displayName ?? platform;
}

/** Manifest host permissions of every platform on fixed hosts, in registry order. */
export function shopHostPermissions(): string[] {
  return shopDescriptors.flatMap((d) => (d.hosting.kind === 'fixed' ? [...d.hosting.hostPermissions] : []));
}

/** Every platform's secret shapes, for lib/net/scrub.ts. */
export function shopSecretPatterns(): RegExp[] {
  return shopDescriptors.flatMap((d) => [...d.secretPatterns]);
}
