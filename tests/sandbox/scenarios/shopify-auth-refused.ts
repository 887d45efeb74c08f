import type { Scenario } from './types';
import { DEMO } from './build/demo';
import { shopifyHealthy } from './shopify-healthy';

/**
 * 'shopify-healthy' with the store no longer accepting the connection's token (app reinstalled:
 * a new token was issued). Check 2 is, for Shopify, the credential test alone: it fails naming
 * the shop side, and the evidence says it concerns import-doctor's own token, not the connector's.
 *
 * The options page validates a token before saving it, so a test either switches to this scenario
 * after setting up on 'shopify-healthy' (same data otherwise), or revokes the token in the live
 * world (`accessTokens` is read at every request).
 */
export function shopifyAuthRefused(): Scenario {
  const base = shopifyHealthy();
  return {
    ...base,
    name: 'shopify-auth-refused',
    description: 'Shopify demo-store refuses the stored Admin API token (401): check 2 fails on the shop side.',
    shopify: { stores: base.shopify.stores.map((s) => ({ ...s, accessTokens: ['shpat_reissued_after_reinstall'] })) },
    expectations: base.expectations.map((e) => ({
      ...e,
      verdict: 'will-not-import',
      failingCheck: 2,
      outcomes: { 2: 'fail' },
      note: `Shopify answers 401 to ${DEMO.token}: check 2 fails (shop side); checks needing the order end in error.`,
    })),
  };
}
