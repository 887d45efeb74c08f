import { describe, expect, it } from 'vitest';
import type { ExactDivision } from '../exact/world';
import type { ShopifyOrder } from '../shopify/world';
import { buildBulkShop, planCounts } from './build/bulk-shop';
import { mulberry32, seededRng } from './build/prng';
import { scenarios } from './index';
import { judge } from './oracle';
import { shopifyBulk } from './shopify-bulk';
import type { Scenario } from './types';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOW = Date.parse('2025-06-30T13:37:00Z');

type Truth = NonNullable<Scenario['reconciliation']>['classes'][string];

function parts(s: Scenario) {
  const store = s.shopify.stores[0];
  const division = s.exact.divisions[0];
  const connection = s.connections[0];
  if (!store || !division || !connection || !s.reconciliation) throw new Error(`${s.name}: incomplete`);
  return { store, division, connection, classes: s.reconciliation.classes };
}

function countClasses(classes: Record<string, Truth>): Record<string, number> {
  const counts: Record<string, number> = { imported: 0, waiting: 0, 'before-install': 0, missing: 0, 'cannot-tell': 0 };
  for (const truth of Object.values(classes)) counts[truth.class] = (counts[truth.class] ?? 0) + 1;
  return counts;
}

/**
 * The class SPEC's rules give an order, read independently from the raw world: the oracle judges
 * the eight checks; the connector's last run is the newest `Created` in the books; an order whose
 * payment is simply not there yet waits (the popup's "waiting: status not reached yet").
 */
function derivedClass(order: ShopifyOrder, s: Scenario, lastRun: number, divisionFor: (order: ShopifyOrder) => ExactDivision): Truth {
  const { store, connection } = parts(s);
  const got = judge(order, store, divisionFor(order), connection, NOW);
  if (got.verdict === 'already-imported') return { class: 'imported' };
  if (got.outcomes[1] === 'fail') return { class: 'before-install', checkId: 1 };
  if (got.verdict === 'will-not-import') {
    const unpaid = got.failingCheck === 3 && order.cancelledAt === null && !['VOIDED', 'EXPIRED'].includes(order.displayFinancialStatus ?? '');
    return unpaid ? { class: 'waiting', checkId: 3 } : { class: 'missing', checkId: got.failingCheck ?? 0 };
  }
  if (got.verdict === 'will-import') return Date.parse(order.createdAt) > lastRun ? { class: 'waiting' } : { class: 'missing' };
  return { class: 'cannot-tell' };
}

/** The division with only the documents of one reference: judge stays O(1) per order on 10,000 orders. */
function indexedDivision(division: ExactDivision): (order: ShopifyOrder) => ExactDivision {
  const byRef = new Map<string, ExactDivision['salesOrders']>();
  for (const doc of division.salesOrders) byRef.set(doc.YourRef ?? '', [...(byRef.get(doc.YourRef ?? '') ?? []), doc]);
  return (order) => ({ ...division, salesOrders: byRef.get(order.name.replace(/^#/, '')) ?? [] });
}

function newestCreated(division: ExactDivision): number {
  return Math.max(...division.salesOrders.map((d) => Date.parse(d.Created ?? d.OrderDate)));
}

describe('seeded PRNG', () => {
  it('mulberry32 repeats for a seed, differs between seeds, stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Math.abs(xs.reduce((sum, x) => sum + x, 0) / xs.length - 0.5)).toBeLessThan(0.05);
  });

  it('int, pick, weighted and shuffle stay within their ranges', () => {
    const rng = seededRng(7);
    for (let i = 0; i < 500; i += 1) {
      const n = rng.int(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
      expect(['a', 'b']).toContain(rng.pick(['a', 'b']));
      expect(rng.weighted({ x: 0, y: 1 })).toBe('y');
    }
    expect(rng.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('shopify-bulk generator', () => {
  const s = shopifyBulk({ now: NOW });
  const { store, division, connection, classes } = parts(s);

  it('is deterministic: the same seed and moment give the same world; another seed another', () => {
    expect(shopifyBulk({ now: NOW })).toEqual(s);
    expect(shopifyBulk({ now: NOW, seed: 1, orders: 300 })).toEqual(s);
    const other = shopifyBulk({ now: NOW, seed: 2 });
    expect(other.shopify.stores[0]?.orders.map((o) => o.createdAt)).not.toEqual(store.orders.map((o) => o.createdAt));
    // Built at another moment, the same seed gives the same world shifted in time.
    const later = shopifyBulk({ now: NOW + 5 * HOUR });
    expect(later.shopify.stores[0]?.orders.map((o) => Date.parse(o.createdAt) - 5 * HOUR)).toEqual(store.orders.map((o) => Date.parse(o.createdAt)));
    expect(Object.values(later.reconciliation?.classes ?? {})).toEqual(Object.values(classes));
  });

  it('has the configured class counts (300 orders: 9 outside the window, 291 classed)', () => {
    expect(store.orders).toHaveLength(300);
    expect(Object.keys(classes)).toHaveLength(291);
    expect(countClasses(classes)).toEqual({ imported: 192, waiting: 9, 'before-install': 60, missing: 30, 'cannot-tell': 0 });
    const perCheck: Record<number, number> = {};
    for (const t of Object.values(classes)) if (t.class === 'missing') perCheck[t.checkId ?? 0] = (perCheck[t.checkId ?? 0] ?? 0) + 1;
    expect(perCheck).toEqual({ 3: 5, 4: 5, 5: 5, 6: 5, 7: 5, 8: 5 });
    expect(Object.values(classes).filter((t) => t.class === 'waiting' && t.checkId === 3)).toHaveLength(6);
  });

  it('plans counts from the mix at any size, every share present', () => {
    expect(planCounts(10_000)).toMatchObject({ imported: 6300, 'imported-before-install': 200, 'before-install': 2000, 'outside-window': 300, 'missing-5': 150 });
    const tiny = planCounts(40);
    expect(Object.values(tiny).every((n) => n >= 1)).toBe(true);
    expect(Object.values(tiny).reduce((a, b) => a + b, 0)).toBe(40);
    expect(() => planCounts(10)).toThrow(/too few/);
  });

  it('places orders in time as their class says: window, installation, the connector’s last run', () => {
    const since = NOW - 30 * DAY;
    const installedAt = Date.parse(connection.profile.connector.installedAt);
    expect(installedAt).toBe(NOW - 20 * DAY);
    const lastRun = newestCreated(division);
    expect(NOW - lastRun).toBe(2 * HOUR);
    for (const order of store.orders) {
      const at = Date.parse(order.createdAt);
      const truth = classes[order.id];
      expect(at).toBeLessThan(NOW);
      if (!truth) {
        expect(at).toBeLessThan(since - DAY);
        expect(at).toBeGreaterThan(NOW - 60 * DAY);
        continue;
      }
      expect(at).toBeGreaterThan(since + HOUR);
      if (truth.class === 'before-install') expect(at).toBeLessThan(installedAt);
      if (truth.class === 'waiting' && truth.checkId === undefined) expect(at).toBeGreaterThan(lastRun);
    }
    // Numbers follow time, as Shopify's do.
    const byTime = [...store.orders].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    expect(byTime.map((o) => o.name)).toEqual(store.orders.map((_, i) => `#${1001 + i}`));
  });

  it('books each imported order as a sales order of the same day and amount, made a few minutes later', () => {
    const orders = new Map(store.orders.map((o) => [o.name.slice(1), o]));
    const booked = division.salesOrders.filter((d) => d.OrderNumber >= 100_000 && d.OrderNumber < 800_000);
    for (const doc of booked) {
      const order = orders.get(doc.YourRef ?? '');
      if (!order) throw new Error(`no order for ${doc.YourRef}`);
      expect(doc.AmountDC).toBeCloseTo(Number(order.totalPrice), 2);
      const created = Date.parse(doc.Created ?? '');
      expect(created).toBeGreaterThan(Date.parse(order.createdAt));
      const truth = classes[order.id];
      if (truth?.class === 'imported' && Date.parse(order.createdAt) >= Date.parse(connection.profile.connector.installedAt)) {
        expect(created - Date.parse(order.createdAt)).toBeLessThanOrEqual(16 * 60_000 + 40_000);
      }
    }
    const importedInWindow = Object.values(classes).filter((t) => t.class === 'imported').length;
    expect(booked.filter((d) => classes[orders.get(d.YourRef ?? '')?.id ?? ''])).toHaveLength(importedInWindow);
  });

  it('every order’s class and check follow from its data by SPEC’s rules (independent oracle)', () => {
    const lastRun = newestCreated(division);
    const divisionFor = indexedDivision(division);
    for (const order of store.orders) {
      const truth = classes[order.id];
      if (!truth) continue;
      expect(derivedClass(order, s, lastRun, divisionFor), `${order.name}`).toEqual(truth);
    }
  });

  it('the same holds for all 10,000 orders of shopify-bulk-10k', () => {
    const big = shopifyBulk({ now: NOW, orders: 10_000, name: 'shopify-bulk-10k' });
    const p = parts(big);
    const lastRun = newestCreated(p.division);
    const divisionFor = indexedDivision(p.division);
    const mismatches = p.store.orders.filter((order) => {
      const truth = p.classes[order.id];
      return truth !== undefined && JSON.stringify(derivedClass(order, big, lastRun, divisionFor)) !== JSON.stringify(truth);
    });
    expect(mismatches.map((o) => o.name)).toEqual([]);
    expect(countClasses(p.classes)).toEqual({ imported: 6500, waiting: 300, 'before-install': 2000, missing: 900, 'cannot-tell': 0 });
    expect(p.store.orders.some((o) => o.lineItems.length > 10)).toBe(true);
  });

  it('covers every way of failing, and samples one order of each for the panel', () => {
    const shop = buildBulkShop({ orders: 2000, seed: 1, now: NOW });
    const variants = new Set(shop.orders.filter((b) => b.kind.startsWith('missing-')).map((b) => `${b.kind}/${b.variant ?? ''}`));
    expect(variants).toEqual(new Set([
      'missing-3/cancelled', 'missing-3/voided', 'missing-3/expired', 'missing-4/needed', 'missing-5/other-order',
      'missing-6/no-country', 'missing-7/unknown', 'missing-7/no-sku', 'missing-7/ended', 'missing-8/not-linked',
    ]));
    const verdicts = s.expectations.map((e) => `${e.verdict}:${e.failingCheck ?? '-'}`);
    expect(verdicts).toEqual(expect.arrayContaining([
      'already-imported:-', 'will-import:-', 'will-not-import:1', 'will-not-import:3', 'will-not-import:4',
      'will-not-import:5', 'will-not-import:6', 'will-not-import:7', 'will-not-import:8',
    ]));
    for (const e of s.expectations) {
      expect(classes[e.orderId]).toBeDefined();
      if (e.fix) expect(e.fix).toMatch(/^check\.[1-8]\.fix\.[a-z-]+$/);
    }
  });

  it('is registered twice: 300 orders on a standard plan, 10,000 on Plus', () => {
    const small = scenarios['shopify-bulk']?.();
    expect(small?.shopify.stores[0]?.orders).toHaveLength(300);
    expect(small?.shopify.stores[0]?.plan).toBe('standard');
    const t0 = performance.now();
    const big = scenarios['shopify-bulk-10k']?.();
    const ms = performance.now() - t0;
    expect(big?.name).toBe('shopify-bulk-10k');
    expect(big?.shopify.stores[0]?.orders).toHaveLength(10_000);
    expect(big?.shopify.stores[0]?.plan).toBe('plus');
    console.info(`shopify-bulk-10k built in ${ms.toFixed(0)} ms`);
  });
});
