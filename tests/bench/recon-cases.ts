import { ORDERS_PAGE_SIZE } from '../../lib/shops/shopify/query';
import { PAGE_SIZE } from '../sandbox/exact/resources';
import type { ApiSide } from './measure';
import type { BenchSettings } from './settings';

/**
 * The reconciliations the benchmark runs: the generated Shopify Plus shops of
 * tests/sandbox/scenarios/shopify-bulk.ts, one connection each, "Run now" from the popup.
 */
export interface ReconCase {
  label: string;
  /** A key of `scenarios` in tests/sandbox/scenarios/index.ts (a `shopifyBulk` world). */
  scenarioName: string;
  /** Why the case is left out this time, or null. */
  skipped(settings: BenchSettings): string | null;
  /** Longest wait for the run to be done before the bench reports it unfinished. */
  timeoutMs: number;
}

export const RECON_CASES: readonly ReconCase[] = [
  { label: '1,000 orders', scenarioName: 'shopify-bulk-1k', skipped: () => null, timeoutMs: 5 * 60_000 },
  {
    label: '10,000 orders',
    scenarioName: 'shopify-bulk-10k',
    skipped: (settings) => (settings.skip10k ? 'BENCH_SKIP_10K is set' : null),
    timeoutMs: 20 * 60_000,
  },
];

/**
 * Orders (shop) and documents (Exact) per list page: Shopify's page holds as many orders as fit the
 * product's query-cost ceiling (lib/shops/shopify/query.ts); Exact's bulk endpoints give 1000.
 */
export const PAGE_SIZES: Record<ApiSide, number> = { shop: ORDERS_PAGE_SIZE, accounting: PAGE_SIZE.bulk };

/**
 * Calls beyond the list pages that the target allows per side. Shop: a THROTTLED retry now and
 * then, and the last page (as tests/e2e/sync.spec.ts allows). Exact: the master data and the
 * articles of the open orders, read once per run whatever N is (VAT codes, GL accounts,
 * warehouses, items, item warehouses, with a page or two each), and the token.
 */
export const CALL_CONSTANTS: Record<ApiSide, number> = { shop: 5, accounting: 11 };
