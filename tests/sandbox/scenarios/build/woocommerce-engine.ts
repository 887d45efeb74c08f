import type { AccountingClient } from '../../../../lib/accounting/types';
import { overallVerdict, runChecks, type CheckResult, type Verdict } from '../../../../lib/checks';
import { gatherContext } from '../../../../lib/diagnosis/gather';
import type { AccountingDocument } from '../../../../lib/model/accounting';
import { wooAdapter } from '../../../../lib/shops/woocommerce';
import type { WooCredentials } from '../../../../lib/shops/woocommerce/client';
import type { SandboxRequest } from '../../core/types';
import type { ExactDivision } from '../../exact/world';
import { wooHosts } from '../../woocommerce/hosts';
import { inProcessHttp } from '../../woocommerce/test-support';
import type { OrderExpectation, Scenario } from '../types';

/**
 * Runs the product's real diagnosis for one expectation of a WooCommerce scenario: the real
 * WooCommerce adapter and client against the sandbox's WooCommerce host (in process), the real
 * gathering and the real eight checks. Only Exact is read straight from the division's records
 * (the Exact client and its sandbox are tested on their own and end to end).
 */

const norm = (code: string): string => code.trim().toLowerCase();

export function divisionAccounting(division: ExactDivision): AccountingClient {
  return {
    probe: () => Promise.resolve(),
    vatCodes: () => Promise.resolve(division.vatCodes.map((v) => ({ code: v.Code, description: v.Description, blocked: v.IsBlocked, percentage: null }))),
    glAccounts: () => Promise.resolve(division.glAccounts.map((a) => ({ code: a.Code, description: a.Description, blocked: a.IsBlocked }))),
    warehouses: () => Promise.resolve(division.warehouses.map((w) => ({ id: w.ID, code: w.Code, description: w.Description, main: w.Main === 1 }))),
    documentsByReference: (type, reference) => {
      if (type !== 'sales-order') return Promise.resolve([]);
      const docs: AccountingDocument[] = division.salesOrders
        .filter((o) => o.YourRef === reference)
        .map((o) => ({ type, id: o.OrderID, number: String(o.OrderNumber), yourRef: o.YourRef ?? '', date: o.OrderDate, amountDC: o.AmountDC, customerName: o.OrderedByName }));
      return Promise.resolve(docs);
    },
    itemsByCodes: (codes) => {
      const wanted = new Set(codes.map(norm));
      return Promise.resolve(
        division.items
          .filter((i) => wanted.has(norm(i.Code)))
          .map((i) => ({ code: i.Code, description: i.Description, startDate: i.StartDate, endDate: i.EndDate, isStockItem: i.IsStockItem })),
      );
    },
    itemWarehouses: (codes) => {
      const wanted = new Set(codes.map(norm));
      return Promise.resolve(division.itemWarehouses.filter((l) => wanted.has(norm(l.ItemCode))).map((l) => ({ itemCode: l.ItemCode, warehouseCode: l.WarehouseCode })));
    },
  };
}

export interface EngineRun {
  results: CheckResult[];
  verdict: Verdict;
  /** Every request the client sent to the WooCommerce host. */
  requests: SandboxRequest[];
}

export async function diagnoseWithRealEngine(scenario: Scenario, expectation: OrderExpectation): Promise<EngineRun> {
  const connection = scenario.connections.find((c) => c.profile.id === expectation.connectionId);
  if (!connection || connection.shopCredentials.platform !== 'woocommerce') throw new Error(`no WooCommerce connection ${expectation.connectionId}`);
  const division = scenario.exact.divisions.find((d) => d.division === connection.profile.accounting.division);
  if (!division) throw new Error(`no division for ${expectation.connectionId}`);
  const { consumerKey, consumerSecret } = connection.shopCredentials;
  const credentials: WooCredentials = wooAdapter.credentialsSchema.parse({ consumerKey, consumerSecret });
  const requests: SandboxRequest[] = [];
  const http = inProcessHttp(wooHosts(scenario.woocommerce ?? { sites: [] }), requests);
  const pageUrl = new URL(expectation.adminUrl);
  const context = await gatherContext({
    profile: connection.profile,
    adapter: wooAdapter,
    shop: wooAdapter.createClient(connection.profile, credentials, http),
    accounting: divisionAccounting(division),
    orderId: expectation.orderId,
    pageOrigin: pageUrl.origin,
    now: () => new Date(),
  });
  const results = runChecks(context);
  return { results, verdict: overallVerdict(results), requests };
}
