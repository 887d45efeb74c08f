import { runChecks, overallVerdict } from '../../../../lib/checks';
import { gatherContext } from '../../../../lib/diagnosis/gather';
import { bolAdapter } from '../../../../lib/shops/bol';
import { createBolClient } from '../../../../lib/shops/bol/client';
import { createBolTokenCache, memoryTokenStore } from '../../../../lib/shops/bol/token';
import { bolHosts } from '../../bol/hosts';
import { inProcessHttp } from '../../woocommerce/test-support';
import type { OrderExpectation, Scenario } from '../types';
import { divisionAccounting, type EngineRun } from './woocommerce-engine';

/**
 * Runs the product's real diagnosis for expectations of a bol.com scenario, in process: the real
 * Bol.com client (one token for the session) against the sandbox's bol hosts, the real gathering
 * and the real eight checks. Exact is read straight from the division's records, as in
 * woocommerce-engine.ts.
 */
export function bolEngine(scenario: Scenario): (expectation: OrderExpectation) => Promise<EngineRun> {
  const connection = scenario.connections[0];
  const division = scenario.exact.divisions.find((d) => d.division === connection?.profile.accounting.division);
  if (!connection || connection.shopCredentials.platform !== 'bol' || !division) throw new Error(`${scenario.name}: no Bol.com connection with a division`);
  const { clientId, clientSecret } = connection.shopCredentials;
  const requests: EngineRun['requests'] = [];
  const http = inProcessHttp(bolHosts(scenario.bol ?? { accounts: [] }), requests);
  const shop = createBolClient(connection.profile, { clientId, clientSecret }, http, { tokens: createBolTokenCache({ store: memoryTokenStore() }) });
  return async (expectation) => {
    const seen = requests.length;
    const context = await gatherContext({
      profile: connection.profile,
      adapter: bolAdapter,
      shop,
      accounting: divisionAccounting(division),
      orderId: expectation.orderId,
      pageOrigin: new URL(expectation.adminUrl).origin,
      now: () => new Date(),
    });
    const results = runChecks(context);
    return { results, verdict: overallVerdict(results), requests: requests.slice(seen) };
  };
}
