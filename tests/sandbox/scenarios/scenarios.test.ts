import { describe, expect, it } from 'vitest';
import { ConnectionProfileSchema } from '../../../lib/model/connection';
import { scenarioNames, scenarios } from './index';
import { judge } from './oracle';
import type { Scenario } from './types';

const DAY = 86_400_000;
const built: [string, Scenario][] = scenarioNames.map((name) => [name, scenarios[name]?.() ?? fail(name)]);

function fail(name: string): never {
  throw new Error(`scenario ${name} missing`);
}

function storeOf(s: Scenario, connectionId: string) {
  const conn = s.connections.find((c) => c.profile.id === connectionId);
  const handle = conn?.profile.shopAddress?.replace(/\.myshopify\.com$/, '');
  const store = s.shopify.stores.find((st) => st.handle === handle);
  const division = s.exact.divisions.find((d) => d.division === conn?.profile.accounting.division);
  if (!conn || !store || !division) throw new Error(`${s.name}: connection ${connectionId} does not resolve`);
  return { conn, store, division };
}

/** Expectations on Shopify connections (the Shopify oracle judges these; each platform tests its own). */
const shopifyExpectations = (s: Scenario) =>
  s.expectations.filter((e) => s.connections.find((c) => c.profile.id === e.connectionId)?.profile.platform === 'shopify');

describe('named scenarios', () => {
  it('include the Shopify ones', () => {
    expect(scenarioNames).toEqual(expect.arrayContaining(['shopify-checks', 'shopify-healthy', 'shopify-auth-refused']));
  });

  describe.each(built)('%s', (name, s) => {
    it('is named after its key and every profile parses', () => {
      expect(s.name).toBe(name);
      for (const c of s.connections) expect(ConnectionProfileSchema.parse(c.profile)).toEqual(c.profile);
      for (const c of s.connections) expect(s.exact.apps).toContainEqual(c.exactApp);
    });

    it('has unique order ids and names per store, and an existing order behind every expectation', () => {
      for (const store of s.shopify.stores) {
        expect(new Set(store.orders.map((o) => o.id)).size).toBe(store.orders.length);
        expect(new Set(store.orders.map((o) => o.name)).size).toBe(store.orders.length);
      }
      for (const e of shopifyExpectations(s)) {
        const { store } = storeOf(s, e.connectionId);
        expect(store.orders.map((o) => o.id)).toContain(e.orderId);
        expect(e.adminUrl).toBe(`https://admin.shopify.com/store/${store.handle}/orders/${e.orderId}`);
        if (e.verdict === 'will-not-import') expect(e.outcomes?.[e.failingCheck as 1]).toBe('fail');
      }
      expect(new Set(s.expectations.map((e) => `${e.connectionId}/${e.orderId}`)).size).toBe(s.expectations.length);
    });

    it('has unique Exact ids and item links that point at real items and warehouses', () => {
      for (const d of s.exact.divisions) {
        const ids = [...d.vatCodes.map((v) => v.ID), ...d.items.map((i) => i.ID), ...d.salesOrders.map((o) => o.OrderID)];
        expect(new Set(ids).size).toBe(ids.length);
        for (const link of d.itemWarehouses) {
          expect(d.items.find((i) => i.ID === link.Item)?.Code).toBe(link.ItemCode);
          expect(d.warehouses.find((w) => w.ID === link.Warehouse)?.Code).toBe(link.WarehouseCode);
        }
        expect(d.warehouses.filter((w) => w.Main === 1)).toHaveLength(1);
      }
    });

    it('keeps orders inside the 60-day window except those expected to be invisible', () => {
      const now = Date.now();
      for (const e of shopifyExpectations(s)) {
        const order = storeOf(s, e.connectionId).store.orders.find((o) => o.id === e.orderId);
        const age = now - Date.parse(order?.createdAt ?? '');
        if (e.verdict === 'cannot-tell') expect(age).toBeGreaterThan(60 * DAY);
        else expect(age).toBeLessThan(59 * DAY);
        expect(age).toBeGreaterThan(0);
      }
    });

    it('says what the rules of SPEC conclude from its data (verdict, failing check, pinned outcomes)', () => {
      for (const e of shopifyExpectations(s)) {
        const { conn, store, division } = storeOf(s, e.connectionId);
        const order = store.orders.find((o) => o.id === e.orderId);
        if (!order) throw new Error(`no order ${e.orderId}`);
        const got = judge(order, store, division, conn, Date.now());
        const label = `${name} ${order.name}: ${e.note}`;
        expect({ verdict: got.verdict, failingCheck: got.failingCheck }, label).toEqual({ verdict: e.verdict, failingCheck: e.failingCheck });
        for (const [check, outcome] of Object.entries(e.outcomes ?? {})) expect(got.outcomes[Number(check)], `${label} check ${check}`).toBe(outcome);
      }
    });
  });

  it('shopify-checks covers every check with at least one failing order', () => {
    const s = scenarios['shopify-checks']?.();
    const failing = new Set(s?.expectations.map((e) => e.failingCheck));
    expect([1, 3, 4, 5, 6, 7, 8].every((c) => failing.has(c))).toBe(true);
    expect(s?.expectations.map((e) => e.verdict)).toEqual(expect.arrayContaining(['already-imported', 'cannot-tell', 'will-import']));
    expect(scenarios['shopify-auth-refused']?.().expectations.every((e) => e.failingCheck === 2)).toBe(true);
  });
});
