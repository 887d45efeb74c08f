import type { OrderExpectation, Scenario } from '../sandbox/scenarios/types';

/**
 * What the benchmark diagnoses: one order page per shop platform. A further platform
 * (WooCommerce, Bol.com) is one more entry, once its scenario exists in the sandbox.
 */
export interface BenchCase {
  platform: string;
  /** A key of `scenarios` in tests/sandbox/scenarios/index.ts. */
  scenarioName: string;
  /** The order to diagnose; its connection is set up through the options page first. */
  pick(scenario: Scenario): OrderExpectation | undefined;
}

const firstHealthy = (scenario: Scenario) => scenario.expectations.find((e) => e.verdict === 'will-import');

export const BENCH_CASES: readonly BenchCase[] = [
  { platform: 'Shopify', scenarioName: 'shopify-checks', pick: firstHealthy },
];
