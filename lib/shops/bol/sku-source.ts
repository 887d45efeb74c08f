import type { ConnectionProfile } from '../../model/connection';

/**
 * Which value of a bol.com order item the connector writes as the article code (Exact item code):
 * the retailer's own offer reference (`orderItems[].offer.reference`, commonly the shop SKU) or the
 * EAN (`orderItems[].product.ean`). Connectors offer both; the first is the default.
 */
export const BOL_SKU_SOURCES = ['offer-reference', 'ean'] as const;
export type BolSkuSource = (typeof BOL_SKU_SOURCES)[number];
export const DEFAULT_BOL_SKU_SOURCE: BolSkuSource = BOL_SKU_SOURCES[0];

export function asBolSkuSource(value: unknown): BolSkuSource | null {
  return typeof value === 'string' && (BOL_SKU_SOURCES as readonly string[]).includes(value) ? (value as BolSkuSource) : null;
}

/** The choice for a connection (`connector.skuSource`, copied from the connector's control panel). */
export function skuSourceOf(profile: ConnectionProfile): BolSkuSource {
  return asBolSkuSource(profile.connector.skuSource) ?? DEFAULT_BOL_SKU_SOURCE;
}
