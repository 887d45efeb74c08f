import type { Scenario } from './types';
import { shopifyAuthRefused } from './shopify-auth-refused';
import { shopifyChecks } from './shopify-checks';
import { shopifyHealthy } from './shopify-healthy';

/** Every named scenario; each call builds a fresh world with dates relative to the current time. */
export const scenarios: Record<string, () => Scenario> = {
  'shopify-checks': shopifyChecks,
  'shopify-healthy': shopifyHealthy,
  'shopify-auth-refused': shopifyAuthRefused,
};

export const scenarioNames: string[] = Object.keys(scenarios);
