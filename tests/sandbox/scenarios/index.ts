import type { Scenario } from './types';
import { bolAuthRefused, bolChecks } from './bol-checks';
import { bolTwoAccounts } from './bol-two-accounts';
import { shopifyAuthRefused } from './shopify-auth-refused';
import { shopifyBulk } from './shopify-bulk';
import { shopifyAndBol } from './shopify-and-bol';
import { shopifyChecks } from './shopify-checks';
import { shopifyHealthy } from './shopify-healthy';
import { woocommerceAuthRefused, woocommerceChecks } from './woocommerce-checks';

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
  'woocommerce-checks': woocommerceChecks,
  'woocommerce-auth-refused': woocommerceAuthRefused,
  'bol-checks': bolChecks,
  'bol-auth-refused': bolAuthRefused,
  'bol-two-accounts': bolTwoAccounts,
};

export const scenarioNames: string[] = Object.keys(scenarios);
