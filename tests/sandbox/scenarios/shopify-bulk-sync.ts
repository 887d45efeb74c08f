import { shopifyBulk, type ShopifyBulkOptions } from './shopify-bulk';
import type { Scenario } from './types';

/**
 * shopify-bulk on Shopify Plus, in an Exact division whose bulk endpoints refuse the filter on the
 * document date ("Filtering on these fields is not supported: OrderDate"; sandbox/exact/sync-facts.ts):
 * the reconciliation must read the documents through the sync endpoint and still reach the same
 * classes (the ground truth is shopify-bulk's, unchanged).
 */
export function shopifyBulkSync(options: ShopifyBulkOptions = {}): Scenario {
  const s = shopifyBulk({ name: 'shopify-bulk-sync', plan: 'plus', ...options });
  for (const division of s.exact.divisions) division.refusesBulkDateFilter = true;
  return { ...s, description: `${s.description} Exact's bulk endpoints refuse the date filter: documents come through the sync API.` };
}
