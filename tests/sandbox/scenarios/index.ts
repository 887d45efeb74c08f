import type { Scenario } from './types';
import { bolBulk } from './bol-bulk';
import { bolAuthRefused, bolChecks } from './bol-checks';
import { bolTwoAccounts } from './bol-two-accounts';
import { exactMandatoryFilters, exactVatCodesForbidden } from './exact-limits';
import { shopifyAuthRefused } from './shopify-auth-refused';
import { shopifyBulk } from './shopify-bulk';
import { shopifyBulkSync } from './shopify-bulk-sync';
import { shopifyInvoicesSync } from './shopify-invoices-sync';
import { shopifyAndBol } from './shopify-and-bol';
import { shopifyChecks } from './shopify-checks';
import { shopifyHealthy } from './shopify-healthy';
import { woocommerceBulk } from './woocommerce-bulk';
import { woocommerceAuthRefused, woocommerceChecks } from './woocommerce-checks';
import { woocommerceHeaderDropped, woocommerceProxy, woocommerceProxyRefused } from './woocommerce-proxy';

/** Every named scenario; each call builds a fresh world with dates relative to the current time. */
export const scenarios: Record<string, () => Scenario> = {
  'shopify-checks': shopifyChecks,
  'shopify-and-bol': shopifyAndBol,
  'shopify-healthy': shopifyHealthy,
  'shopify-auth-refused': shopifyAuthRefused,
  'shopify-bulk': () => shopifyBulk(),
  // The same shop on Shopify Plus: its query-cost bucket refills ten times faster.
  'shopify-bulk-plus': () => shopifyBulk({ name: 'shopify-bulk-plus', plan: 'plus' }),
  'shopify-bulk-1k': () => shopifyBulk({ orders: 1_000, seed: 1, name: 'shopify-bulk-1k', plan: 'plus' }),
  'shopify-bulk-10k': () => shopifyBulk({ orders: 10_000, seed: 1, name: 'shopify-bulk-10k', plan: 'plus' }),
  // Its Exact division refuses the bulk date filter: the reconciliation reads the sync API.
  'shopify-bulk-sync': () => shopifyBulkSync(),
  // Facturen edition in such a division: the invoices come from the normal invoice list.
  'shopify-invoices-sync': () => shopifyInvoicesSync(),
  'woocommerce-checks': woocommerceChecks,
  'woocommerce-auth-refused': woocommerceAuthRefused,
  'woocommerce-proxy': woocommerceProxy,
  'woocommerce-proxy-refused': woocommerceProxyRefused,
  'woocommerce-header-dropped': woocommerceHeaderDropped,
  'woocommerce-bulk': () => woocommerceBulk(),
  'woocommerce-bulk-10k': () => woocommerceBulk({ orders: 10_000, seed: 1, name: 'woocommerce-bulk-10k' }),
  'bol-checks': bolChecks,
  'bol-auth-refused': bolAuthRefused,
  'bol-two-accounts': bolTwoAccounts,
  'bol-bulk': () => bolBulk(),
  'bol-bulk-10k': () => bolBulk({ orders: 10_000, seed: 1, name: 'bol-bulk-10k' }),
  'exact-mandatory-filters': exactMandatoryFilters,
  'exact-vat-codes-forbidden': exactVatCodesForbidden,
};

export const scenarioNames: string[] = Object.keys(scenarios);
