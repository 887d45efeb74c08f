/**
 * Names the merchant knows, the same in every language: shop platforms, Exact Online, and Exact's
 * editions (product names, so not translated).
 */
import type { Edition } from '../../model/connection';
import type { Side } from '../../model/fetched';
import type { Platform } from '../../model/order';
import { platformDisplayName } from '../../shops/descriptors';

const EDITION_NAMES: Record<Edition, string> = {
  boekhouden: 'Boekhouden',
  facturen: 'Facturen',
  handel: 'Handel',
};

export const ACCOUNTING_NAME = 'Exact Online';

/** The platform's display name, from its descriptor (lib/shops/<platform>/descriptor.ts). */
export function platformName(platform: Platform): string {
  return platformDisplayName(platform);
}

export function editionName(edition: Edition): string {
  return EDITION_NAMES[edition];
}

/** The name of a side as the merchant knows it: the shop platform, or Exact Online. */
export function sideName(side: Side, platform: Platform): string {
  return side === 'shop' ? platformName(platform) : ACCOUNTING_NAME;
}
