import { describe, expect, it } from 'vitest';
import type { BolOrder } from '../bol/world';
import type { ExactDivision } from '../exact/world';
import { bolBulk } from './bol-bulk';
import { buildBolBulkShop } from './build/bol-bulk-shop';
import { bolEngine } from './build/bol-engine';
import { judgeBol } from './build/bol-oracle';
import { bolOrderTotal } from './build/bol-order';
import { countClasses, divisionByReference, missingPerCheck, newestCreated } from './bulk-truth';
import { scenarios } from './index';
import type { Scenario } from './types';
import { expectEngineAgrees } from './expect-engine';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOW = Date.parse('2025-06-30T13:37:00Z');

type Truth = NonNullable<Scenario['reconciliation']>['classes'][string];

function parts(s: Scenario) {
  const account = s.bol?.accounts[0];
  const division = s.exact.divisions[0];
  const connection = s.connections[0];
  if (!account || !division || !connection || !s.reconciliation) throw new Error(`${s.name}: incomplete`);
  return { account, division, connection, classes: s.reconciliation.classes };
}

/**
 * The class SPEC's rules give an order, read independently from the raw world: the bol.com oracle
 * judges the eight checks; the connector's last run is the newest `Created` in the books. Every
 * order bol lists is paid, so nothing waits for a status: a failing check means missing.
 */
function derivedClass(order: BolOrder, s: Scenario, lastRun: number, divisionFor: (reference: string) => ExactDivision): Truth {
  const { account, connection } = parts(s);
  const got = judgeBol(order, account, divisionFor(order.orderId), connection);
  if (got.verdict === 'already-imported') return { class: 'imported' };
  if (got.outcomes[1] === 'fail') return { class: 'before-install', checkId: 1 };
  if (got.verdict === 'will-not-import') return { class: 'missing', checkId: got.failingCheck ?? 0 };
  if (got.verdict === 'will-import') return Date.parse(order.orderPlacedDateTime) > lastRun ? { class: 'waiting' } : { class: 'missing' };
  return { class: 'cannot-tell' };
}

function mismatches(s: Scenario): string[] {
  const { account, division, classes } = parts(s);
  const lastRun = newestCreated(division);
  const divisionFor = divisionByReference(division);
  return account.orders
    .filter((order) => {
      const truth = classes[order.orderId];
      return truth !== undefined && JSON.stringify(derivedClass(order, s, lastRun, divisionFor)) !== JSON.stringify(truth);
    })
    .map((order) => order.orderId);
}

const fullyCancelled = (o: BolOrder): boolean => o.orderItems.every((i) => i.quantityCancelled === i.quantity);

describe('bol-bulk generator', () => {
  const s = bolBulk({ now: NOW });
  const { account, division, connection, classes } = parts(s);

  it('is deterministic: the same seed and moment give the same world; another seed another', () => {
    expect(bolBulk({ now: NOW })).toEqual(s);
    expect(bolBulk({ now: NOW, seed: 1, orders: 300 })).toEqual(s);
    const other = bolBulk({ now: NOW, seed: 2 });
    expect(other.bol?.accounts[0]?.orders.map((o) => o.orderPlacedDateTime)).not.toEqual(account.orders.map((o) => o.orderPlacedDateTime));
    // Built at another moment, the same seed gives the same world shifted in time.
    const later = bolBulk({ now: NOW + 5 * HOUR });
    const placed = (orders: readonly BolOrder[] | undefined) => (orders ?? []).map((o) => Date.parse(o.orderPlacedDateTime));
    expect(placed(later.bol?.accounts[0]?.orders).map((t) => t - 5 * HOUR)).toEqual(placed(account.orders));
    expect(later.reconciliation?.classes).toEqual(classes);
  });

  it('has the configured class counts (300 orders: 9 outside the window, 291 classed; no check 6, no status wait)', () => {
    expect(account.orders).toHaveLength(300);
    expect(Object.keys(classes)).toHaveLength(291);
    expect(countClasses(classes)).toEqual({ imported: 203, waiting: 3, 'before-install': 60, missing: 25, 'cannot-tell': 0 });
    expect(missingPerCheck(classes)).toEqual({ 3: 5, 4: 5, 5: 5, 7: 5, 8: 5 });
    expect(Object.values(classes).filter((t) => t.class === 'waiting' && t.checkId !== undefined)).toEqual([]);
  });

  it('looks like a bol.com retailer: ids rising with gaps, Amsterdam offsets, NL customers (BE only where check 4 fails), FBB and cancellations', () => {
    const ids = account.orders.map((o) => Number(o.orderId));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(ids.some((id, i) => i > 0 && id - (ids[i - 1] ?? 0) > 1)).toBe(true);
    expect(account.orders.every((o) => /[+-]\d{2}:\d{2}$/.test(o.orderPlacedDateTime))).toBe(true);
    for (const order of account.orders) {
      const belgian = order.shipmentDetails.countryCode === 'BE';
      expect(order.shipmentDetails.countryCode, order.orderId).toMatch(/^(NL|BE)$/);
      if (belgian && classes[order.orderId]) expect(classes[order.orderId]).toEqual({ class: 'missing', checkId: 4 });
      if (classes[order.orderId]?.checkId === 3) expect(fullyCancelled(order)).toBe(true);
    }
    const items = account.orders.flatMap((o) => o.orderItems);
    expect(items.some((i) => i.fulfilment.method === 'FBB')).toBe(true);
    expect(items.some((i) => i.quantityShipped > 0)).toBe(true);
    // Partly cancelled orders still import: what is left is booked.
    const partly = account.orders.filter((o) => o.orderItems.some((i) => i.quantityCancelled > 0) && !fullyCancelled(o));
    expect(partly.length).toBeGreaterThan(0);
    expect(partly.every((o) => classes[o.orderId]?.checkId !== 3)).toBe(true);
  });

  it('places orders in time as their class says: window, installation, the connector’s last run', () => {
    const since = NOW - 30 * DAY;
    const installedAt = Date.parse(connection.profile.connector.installedAt);
    expect(installedAt).toBe(NOW - 20 * DAY);
    const lastRun = newestCreated(division);
    expect(NOW - lastRun).toBe(2 * HOUR);
    for (const order of account.orders) {
      const at = Date.parse(order.orderPlacedDateTime);
      const truth = classes[order.orderId];
      expect(at).toBeLessThan(NOW);
      if (!truth) {
        expect(at).toBeLessThan(since - DAY);
        continue;
      }
      expect(at).toBeGreaterThan(since + HOUR);
      if (truth.class === 'before-install') expect(at).toBeLessThan(installedAt);
      if (truth.class === 'waiting') expect(at).toBeGreaterThan(lastRun);
    }
  });

  it('books each imported order under its orderId, for what is left after cancellations, a few minutes later', () => {
    const orders = new Map(account.orders.map((o) => [o.orderId, o]));
    const booked = division.salesOrders.filter((d) => d.OrderNumber >= 100_000 && d.OrderNumber < 800_000);
    for (const doc of booked) {
      const order = orders.get(doc.YourRef ?? '');
      if (!order) throw new Error(`no order for ${doc.YourRef}`);
      expect(doc.AmountDC).toBeCloseTo(bolOrderTotal(order), 2);
      expect(Date.parse(doc.Created ?? '')).toBeGreaterThan(Date.parse(order.orderPlacedDateTime));
    }
    const importedInWindow = Object.values(classes).filter((t) => t.class === 'imported').length;
    expect(booked.filter((d) => classes[d.YourRef ?? ''])).toHaveLength(importedInWindow);
  });

  it('every order’s class and check follow from its data by SPEC’s rules (independent oracle)', () => {
    expect(mismatches(s)).toEqual([]);
  });

  it('the same holds for all 10,000 orders of bol-bulk-10k', () => {
    const big = bolBulk({ now: NOW, orders: 10_000, name: 'bol-bulk-10k' });
    expect(mismatches(big)).toEqual([]);
    expect(countClasses(parts(big).classes)).toEqual({ imported: 6850, waiting: 100, 'before-install': 2000, missing: 750, 'cannot-tell': 0 });
  }, 30_000);

  it('covers every way of failing bol.com has here, and samples one order of each for the panel', () => {
    const shop = buildBolBulkShop({ orders: 2000, seed: 1, now: NOW });
    const variants = new Set(shop.orders.filter((b) => b.kind.startsWith('missing-')).map((b) => `${b.kind}/${b.variant ?? ''}`));
    expect(variants).toEqual(new Set([
      'missing-3/cancelled', 'missing-4/needed', 'missing-5/other-order', 'missing-7/unknown', 'missing-7/no-sku', 'missing-7/ended', 'missing-8/not-linked',
    ]));
    const verdicts = s.expectations.map((e) => `${e.verdict}:${e.failingCheck ?? '-'}`);
    expect(verdicts).toEqual(expect.arrayContaining([
      'already-imported:-', 'will-import:-', 'will-not-import:1', 'will-not-import:3', 'will-not-import:4',
      'will-not-import:5', 'will-not-import:7', 'will-not-import:8',
    ]));
    for (const e of s.expectations) {
      expect(classes[e.orderId]).toBeDefined();
      expect(e.adminUrl).toBe(`https://partner.bol.com/sdd/orders/${e.orderId}`);
      if (e.fix) expect(e.fix).toMatch(/^check\.[1-8]\.fix\.[a-z-]+$/);
    }
  });

  it("the sampled orders get their expected verdict from the product's real engine (Bol.com client against the hosts)", async () => {
    const diagnose = bolEngine(s);
    for (const e of s.expectations) {
      expectEngineAgrees(await diagnose(e), e, e.note);
    }
  }, 30_000);

  it('is registered: 300 orders, and 10,000 built in well under a second', () => {
    expect(scenarios['bol-bulk']?.().bol?.accounts[0]?.orders).toHaveLength(300);
    const t0 = performance.now();
    const big = scenarios['bol-bulk-10k']?.();
    const ms = performance.now() - t0;
    expect(big?.name).toBe('bol-bulk-10k');
    expect(big?.bol?.accounts[0]?.orders).toHaveLength(10_000);
    console.info(`bol-bulk-10k built in ${ms.toFixed(0)} ms`);
  });
});
