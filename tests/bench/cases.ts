import type { OrderExpectation, Scenario } from '../sandbox/scenarios/types';

/**
 * What the benchmark diagnoses: one healthy order page per shop platform, its connection set up
 * through the options page first. A further platform is one more entry, once its scenario exists
 * in the sandbox.
 */
export interface BenchCase {
  platform: string;
  /** A key of `scenarios` in tests/sandbox/scenarios/index.ts. */
  scenarioName: string;
  /** The order to diagnose; its `connectionId` names the scenario connection to set up. */
  pick(scenario: Scenario): OrderExpectation | undefined;
  /** Printed under the case's figures: what a reader needs to compare them with another platform's. */
  notes?: readonly string[];
  /**
   * A shop on the merchant's own domain: the panel is injected only for a granted origin, and
   * Playwright cannot answer Chromium's permission prompt, so the build must grant it at install.
   */
  grantedOrigin?: string;
}

/** The sandbox's WooCommerce shop; `npm run bench` builds with PREGRANTED_ORIGINS set to it. */
const WOO_ORIGIN = 'https://shop.example.test/*';

const firstHealthy = (scenario: Scenario) => scenario.expectations.find((e) => e.verdict === 'will-import');

/** The first healthy order of one connection (a scenario with several shops side by side). */
const firstHealthyOf = (connectionId: string) => (scenario: Scenario) =>
  scenario.expectations.find((e) => e.verdict === 'will-import' && e.connectionId === connectionId);

export const BENCH_CASES: readonly BenchCase[] = [
  { platform: 'Shopify', scenarioName: 'shopify-checks', pick: firstHealthy },
  {
    platform: 'WooCommerce',
    scenarioName: 'woocommerce-checks',
    pick: firstHealthyOf('demo-woo'),
    grantedOrigin: WOO_ORIGIN,
    notes: [`the shop is on the merchant's own domain: the bench build pre-grants ${WOO_ORIGIN} (PREGRANTED_ORIGINS)`],
  },
  {
    platform: 'Bol.com',
    scenarioName: 'bol-checks',
    pick: firstHealthy,
    notes: [
      "reconciliation figures in their own section below: bol.com's list is read as changes (a day walk, then change-interval-minute), with one detail call per new or changed order",
    ],
  },
];
