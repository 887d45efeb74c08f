import { bolHosts } from './bol/hosts';
import { launchSandbox } from './core/sandbox';
import type { Sandbox, SandboxOptions } from './core/sandbox-types';
import { scenarios } from './scenarios/index';
import type { Scenario } from './scenarios/types';
import { shopifyHosts } from './shopify/hosts';
import { wooHosts } from './woocommerce/hosts';

export type { Sandbox, SandboxOptions } from './core/sandbox-types';

/**
 * Starts the sandbox with every host it plays: Exact Online, Shopify (admin pages and API) and
 * `extraHosts`. The control host can switch to any scenario of `scenarios/index.ts` by name.
 */
export function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  return launchSandbox(options, { shopHosts, scenarios });
}

/** The hosts of every shop platform the scenario has a world for: one line per platform. */
function shopHosts(scenario: Scenario, clock: { now?: () => number }) {
  return [...shopifyHosts(scenario.shopify, clock), ...(scenario.bol ? bolHosts(scenario.bol, clock) : []), ...(scenario.woocommerce ? wooHosts(scenario.woocommerce, clock) : [])];
}
