import { describe, expect, it } from 'vitest';
import { bolPage } from '../../../lib/shops/bol/page';
import { judgeBol } from './build/bol-oracle';
import { BOL_EANS, amsterdamIso, ean13 } from './build/bol-order';
import { bolAuthRefused, bolChecks } from './bol-checks';
import { scenarios } from './index';
import { shopifyChecks } from './shopify-checks';
import type { Scenario } from './types';

function resolve(s: Scenario, connectionId: string) {
  const conn = s.connections.find((c) => c.profile.id === connectionId);
  const creds = conn?.shopCredentials;
  const account = s.bol?.accounts.find((a) => creds?.platform === 'bol' && a.credentials.some((k) => k.clientId === creds.clientId)) ?? s.bol?.accounts[0];
  const division = s.exact.divisions.find((d) => d.division === conn?.profile.accounting.division);
  if (!conn || !account || !division) throw new Error(`${s.name}: connection ${connectionId} does not resolve`);
  return { conn, account, division };
}

describe.each([
  ['bol-checks', bolChecks()],
  ['bol-auth-refused', bolAuthRefused()],
])('%s', (name, s) => {
  it('is registered under its name and holds a bol.com world with one Bol.com connection', () => {
    expect(scenarios[name]?.().name).toBe(name);
    expect(s.shopify.stores).toEqual([]);
    expect(s.connections.map((c) => [c.profile.platform, c.profile.shopAddress, c.profile.connector.shopUrl])).toEqual([['bol', null, null]]);
  });

  it('has unique order ids, and an order behind every expectation at its seller-dashboard URL', () => {
    for (const account of s.bol?.accounts ?? []) {
      expect(new Set(account.orders.map((o) => o.orderId)).size).toBe(account.orders.length);
    }
    for (const e of s.expectations) {
      const { account } = resolve(s, e.connectionId);
      expect(account.orders.map((o) => o.orderId)).toContain(e.orderId);
      expect(e.adminUrl).toBe(`https://partner.bol.com/sdd/orders/${e.orderId}`);
      // The product recognises the page the sandbox serves.
      expect(bolPage.orderIdFromUrl(new URL(e.adminUrl))).toBe(e.orderId);
      if (e.verdict === 'will-not-import') {
        expect(e.outcomes?.[e.failingCheck as 1]).toBe('fail');
        expect(e.fix).toMatch(new RegExp(`^check\\.${e.failingCheck}\\.fix\\.`));
      }
    }
  });

  it('says what the rules of SPEC conclude from its data (verdict, failing check, pinned outcomes)', () => {
    for (const e of s.expectations) {
      const { conn, account, division } = resolve(s, e.connectionId);
      const order = account.orders.find((o) => o.orderId === e.orderId);
      if (!order) throw new Error(`no order ${e.orderId}`);
      const got = judgeBol(order, account, division, conn);
      const label = `${name} ${order.orderId}: ${e.note}`;
      expect({ verdict: got.verdict, failingCheck: got.failingCheck }, label).toEqual({ verdict: e.verdict, failingCheck: e.failingCheck });
      for (const [check, outcome] of Object.entries(e.outcomes ?? {})) expect(got.outcomes[Number(check)], `${label} check ${check}`).toBe(outcome);
    }
  });
});

describe('bol-checks coverage', () => {
  const s = bolChecks();

  it('fails every check bol.com can fail on its own (6 only on a malformed answer: unit-tested; 2 in bol-auth-refused)', () => {
    const failing = new Set(s.expectations.map((e) => e.failingCheck));
    expect([1, 3, 4, 5, 7, 8].every((c) => failing.has(c))).toBe(true);
    expect(s.expectations.map((e) => e.verdict)).toEqual(expect.arrayContaining(['already-imported', 'will-import', 'will-not-import']));
    expect(bolAuthRefused().expectations.every((e) => e.failingCheck === 2 && e.fix === 'check.2.fix.shop-refused-connector-key')).toBe(true);
  });

  it('has a fully cancelled order failing check 3 and a partly cancelled one passing', () => {
    const orders = s.bol?.accounts[0]?.orders ?? [];
    const byId = new Map(orders.map((o) => [o.orderId, o]));
    const cancelled = s.expectations.filter((e) => e.fix === 'check.3.fix.cancelled');
    expect(cancelled.length).toBeGreaterThan(0);
    for (const e of cancelled) expect(byId.get(e.orderId)?.orderItems.every((i) => i.quantityCancelled === i.quantity)).toBe(true);
    const partly = s.expectations.filter((e) => {
      const items = byId.get(e.orderId)?.orderItems ?? [];
      return items.some((i) => i.quantityCancelled > 0) && items.some((i) => i.quantityCancelled < i.quantity);
    });
    expect(partly.map((e) => [e.verdict, e.outcomes?.[3]])).toEqual([['will-import', 'pass']]);
  });

  it('keeps its ids apart from the Shopify demo, so the worlds can be combined', () => {
    const shopify = shopifyChecks();
    expect(s.connections[0]?.profile.id).not.toBe(shopify.connections[0]?.profile.id);
    const shopifyRefs = new Set(shopify.shopify.stores.flatMap((st) => st.orders.flatMap((o) => [o.id, o.name.replace(/^#/, '')])));
    for (const e of s.expectations) expect(shopifyRefs.has(e.orderId)).toBe(false);
    // The same demo division: one Exact administration for both shops.
    expect(s.connections[0]?.profile.accounting.division).toBe(shopify.connections[0]?.profile.accounting.division);
    const exactRefs = (sc: Scenario) => sc.exact.divisions.flatMap((d) => d.salesOrders.map((o) => o.OrderNumber));
    const both = [...exactRefs(s), ...exactRefs(shopify)];
    // Shared unrelated orders appear in both; the scenario's own sales orders never clash.
    expect(new Set(both).size).toBe(both.length - 3);
  });

  it('writes times as bol does (Amsterdam offset) and valid EAN-13s', () => {
    expect(amsterdamIso('2024-06-20T08:15:00.000Z')).toBe('2024-06-20T10:15:00+02:00');
    expect(amsterdamIso('2024-01-20T08:15:00.000Z')).toBe('2024-01-20T09:15:00+01:00');
    expect(ean13('871234500001')).toMatch(/^\d{13}$/);
    expect(ean13('400638133393')).toBe('4006381333931');
    expect(new Set(Object.values(BOL_EANS)).size).toBe(Object.keys(BOL_EANS).length);
    for (const order of s.bol?.accounts[0]?.orders ?? []) expect(order.orderPlacedDateTime).toMatch(/[+-]\d{2}:\d{2}$/);
  });
});
