import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountingClient } from '../../../lib/accounting/types';
import { runChecks } from '../../../lib/checks';
import { overallVerdict } from '../../../lib/checks/verdict';
import { gatherContext } from '../../../lib/diagnosis/gather';
import type { HttpDeps } from '../../../lib/net/http';
import { bolAdapter } from '../../../lib/shops/bol';
import { createBolClient } from '../../../lib/shops/bol/client';
import { createBolTokenCache, memoryTokenStore } from '../../../lib/shops/bol/token';
import { sandboxClient } from '../core/test-client';
import type { ExactDivision } from '../exact/world';
import { bolAuthRefused, bolChecks } from '../scenarios/bol-checks';
import type { Scenario } from '../scenarios/types';
import { startSandbox, type Sandbox } from '../server';
import { expectEngineAgrees } from '../scenarios/expect-engine';

/**
 * Ground truth through the product: every bol-checks expectation diagnosed by the real Bol.com
 * client (against the running sandbox), the real gather step and the real eight checks. Exact is
 * read from the same scenario's division by a plain stand-in (the real Exact client is e2e's job).
 */
function exactFrom(division: ExactDivision): AccountingClient {
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const items = (codes: string[]) => division.items.filter((i) => codes.some((c) => same(c, i.Code)));
  return {
    probe: () => Promise.resolve(),
    vatCodes: () => Promise.resolve(division.vatCodes.map((v) => ({ code: v.Code, description: v.Description, blocked: v.IsBlocked, percentage: v.Percentage * 100 }))),
    glAccounts: () => Promise.resolve(division.glAccounts.map((g) => ({ code: g.Code, description: g.Description, blocked: g.IsBlocked }))),
    warehouses: () => Promise.resolve(division.warehouses.map((w) => ({ id: w.ID, code: w.Code, description: w.Description, main: w.Main === 1 }))),
    documentsByReference: (type, reference) =>
      Promise.resolve(
        type !== 'sales-order'
          ? []
          : division.salesOrders
              .filter((o) => o.YourRef === reference)
              .map((o) => ({ type, id: o.OrderID, number: String(o.OrderNumber), yourRef: reference, date: o.OrderDate, amountDC: o.AmountDC, customerName: o.OrderedByName })),
      ),
    itemsByCodes: (codes) =>
      Promise.resolve(items(codes).map((i) => ({ code: i.Code, description: i.Description, startDate: i.StartDate, endDate: i.EndDate, isStockItem: i.IsStockItem }))),
    itemWarehouses: (codes) =>
      Promise.resolve(division.itemWarehouses.filter((l) => items(codes).some((i) => i.ID === l.Item)).map((l) => ({ itemCode: l.ItemCode, warehouseCode: l.WarehouseCode }))),
  };
}

let sandbox: Sandbox;
let http: HttpDeps;

beforeAll(async () => {
  sandbox = await startSandbox({ scenario: bolChecks() });
  const net = sandboxClient(sandbox.port);
  const fetchViaSandbox = async (input: string | URL | Request, init?: RequestInit) => {
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const res = await net.request(String(input), { method: init?.method ?? 'GET', headers });
    return new Response(res.text, { status: res.status, headers: res.headers });
  };
  http = { fetch: fetchViaSandbox as typeof fetch, sleep: () => Promise.resolve(), random: () => 0, now: Date.now };
});
afterAll(async () => {
  await sandbox.stop();
});

describe.each([['bol-checks', bolChecks], ['bol-auth-refused', bolAuthRefused]] as const)('%s through the product', (_name, make) => {
  it('every order gets the verdict, failing check, fix and pinned outcomes of its expectation', async () => {
    const s: Scenario = make();
    sandbox.load(s);
    sandbox.clearRequests();
    const [conn] = s.connections;
    const division = s.exact.divisions[0];
    if (!conn || conn.shopCredentials.platform !== 'bol' || !division) throw new Error('scenario shape changed');
    const tokens = createBolTokenCache({ store: memoryTokenStore() });
    const shop = createBolClient(conn.profile, { clientId: conn.shopCredentials.clientId, clientSecret: conn.shopCredentials.clientSecret }, http, { tokens });
    for (const e of s.expectations) {
      const context = await gatherContext({
        profile: conn.profile,
        adapter: bolAdapter,
        shop,
        accounting: exactFrom(division),
        orderId: bolAdapter.page.orderIdFromUrl(new URL(e.adminUrl)) ?? '',
        pageOrigin: new URL(e.adminUrl).origin,
        now: () => new Date(),
      });
      const results = runChecks(context);
      const verdict = overallVerdict(results);
      expectEngineAgrees({ results, verdict }, e, `${e.orderId}: ${e.note}`);
    }
    // bol-checks: one token request for all its diagnoses (well within one token lifetime).
    const tokenRequests = sandbox.requests().filter((r) => r.host === 'login.bol.com');
    if (s.name === 'bol-checks') expect(tokenRequests.map((r) => r.status)).toEqual([200]);
    else expect(tokenRequests.every((r) => r.status === 401)).toBe(true);
    expect(sandbox.violations()).toEqual([]);
  });
});
