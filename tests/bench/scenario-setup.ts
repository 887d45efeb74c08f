import type { OrderExpectation, Scenario, ScenarioConnection } from '../sandbox/scenarios/types';
import { scenarios } from '../sandbox/scenarios/index';

/** A fresh world of a named scenario (tests/sandbox/scenarios/index.ts). */
export function buildScenario(name: string): Scenario {
  const make = scenarios[name];
  if (!make) throw new Error(`unknown scenario ${name}`);
  return make();
}

/** The scenario connection an order belongs to (its expectation's `connectionId`). */
export function connectionOf(scenario: Scenario, order: Pick<OrderExpectation, 'connectionId'>): ScenarioConnection {
  const connection = scenario.connections.find((c) => c.profile.id === order.connectionId);
  if (!connection) throw new Error(`${scenario.name}: no connection ${order.connectionId}`);
  return connection;
}

/** The sandbox must have seen no write: the extension only ever reads. */
export function failOnWrites(violations: readonly { method: string; host: string; path: string }[]): void {
  if (violations.length > 0) throw new Error(`the extension wrote to an API: ${violations.map((v) => `${v.method} ${v.host}${v.path}`).join('; ')}`);
}
