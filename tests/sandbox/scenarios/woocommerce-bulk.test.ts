import { describe, expect, it } from 'vitest';
import type { ExactDivision } from '../exact/world';
import { orderNumber, orderTotal } from '../woocommerce/rest/order-json';
import type { WooOrder } from '../woocommerce/world';
import { buildWooBulkShop } from './build/woocommerce-bulk-shop';
import { wooAdminUrl } from './build/woocommerce-demo';
import { diagnoseWithRealEngine } from './build/woocommerce-engine';
import { judgeWoo } from './build/woocommerce-oracle';
import { countClasses, divisionByReference, missingPerCheck, newestCreated } from './bulk-truth';
import { scenarios } from './index';
import type { Scenario } from './types';
import { woocommerceBulk } from './woocommerce-bulk';
import { WOO_SITES } from './woocommerce-checks';
import { expectEngineAgrees } from './expect-engine';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOW = Date.parse('2025-06-30T13:37:00Z');

type Truth = NonNullable<Scenario['reconciliation']>['classes'][string];

function parts(s: Scenario) {
  const site = s.woocommerce?.sites[0];
  const division = s.exact.divisions[0];
  const connection = s.connections[0];
  if (!site || !division || !connection || !s.reconciliation) throw new Error(`${s.name}: incomplete`);
  return { site, division, connection, classes: s.reconciliation.classes };
}

/** WooCommerce's levels (SPEC check 3): below the connector's 'processing' an order has not got there yet. */
const LEVEL: Record<string, number> = { 'checkout-draft': 0, pending: 1, 'on-hold': 1, processing: 2, completed: 3 };

/**
 * The class SPEC's rules give an order, read independently from the raw world: the WooCommerce
 * oracle judges the eight checks; the connector's last run is the newest `Created` in the books;
 * an order whose status is below the threshold waits; cancelled, failed and refunded ones are missing.
 */
function derivedClass(order: WooOrder, s: Scenario, lastRun: number, divisionFor: (reference: string) => ExactDivision): Truth {
  const { site, connection } = parts(s);
  const got = judgeWoo(order, site, divisionFor(orderNumber(order)), connection, wooAdminUrl(WOO_SITES.main, order.id));
  if (got.verdict === 'already-imported') return { class: 'imported' };
  if (got.outcomes[1] === 'fail') return { class: 'before-install', checkId: 1 };
  if (got.verdict === 'will-not-import') {
    const notYet = got.failingCheck === 3 && (LEVEL[order.status] ?? Infinity) < (LEVEL.processing ?? 0);
    return notYet ? { class: 'waiting', checkId: 3 } : { class: 'missing', checkId: got.failingCheck ?? 0 };
  }
  if (got.verdict === 'will-import') return Date.parse(order.createdAt) > lastRun ? { class: 'waiting' } : { class: 'missing' };
  return { class: 'cannot-tell' };
}

function mismatches(s: Scenario): string[] {
  const { site, division, classes } = parts(s);
  const lastRun = newestCreated(division);
  const divisionFor = divisionByReference(division);
  return site.orders
    .filter((order) => {
      const truth = classes[String(order.id)];
      return truth !== undefined && JSON.stringify(derivedClass(order, s, lastRun, divisionFor)) !== JSON.stringify(truth);
    })
    .map((order) => `#${orderNumber(order)} ${order.status}`);
}

describe('woocommerce-bulk generator', () => {
  const s = woocommerceBulk({ now: NOW });
  const { site, division, connection, classes } = parts(s);

  it('is deterministic: the same seed and moment give the same world; another seed another', () => {
    expect(woocommerceBulk({ now: NOW })).toEqual(s);
    expect(woocommerceBulk({ now: NOW, seed: 1, orders: 300 })).toEqual(s);
    const other = woocommerceBulk({ now: NOW, seed: 2 });
    expect(other.woocommerce?.sites[0]?.orders.map((o) => o.createdAt)).not.toEqual(site.orders.map((o) => o.createdAt));
    // Built at another moment, the same seed gives the same world shifted in time.
    const later = woocommerceBulk({ now: NOW + 5 * HOUR });
    expect(later.woocommerce?.sites[0]?.orders.map((o) => Date.parse(o.createdAt) - 5 * HOUR)).toEqual(site.orders.map((o) => Date.parse(o.createdAt)));
    expect(later.reconciliation?.classes).toEqual(classes);
  });

  it('has the configured class counts (300 orders: 9 outside the window, 291 classed)', () => {
    expect(site.orders).toHaveLength(300);
    expect(Object.keys(classes)).toHaveLength(291);
    expect(countClasses(classes)).toEqual({ imported: 192, waiting: 9, 'before-install': 60, missing: 30, 'cannot-tell': 0 });
    expect(missingPerCheck(classes)).toEqual({ 3: 5, 4: 5, 5: 5, 6: 5, 7: 5, 8: 5 });
    const unpaid = site.orders.filter((o) => classes[String(o.id)]?.class === 'waiting' && classes[String(o.id)]?.checkId === 3);
    expect(unpaid).toHaveLength(6);
    expect(unpaid.every((o) => o.status === 'pending' || o.status === 'on-hold')).toBe(true);
  });

  it('is one WooCommerce site at the root of shop.example.test, ids rising with time (with gaps), numbers = ids', () => {
    expect(s.woocommerce?.sites).toHaveLength(1);
    expect([site.host, site.path, connection.profile.shopAddress, connection.profile.connector.statusThreshold]).toEqual(['shop.example.test', '', 'https://shop.example.test', 'processing']);
    const ids = site.orders.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(site.orders.map((o) => Date.parse(o.createdAt))).toEqual([...site.orders.map((o) => Date.parse(o.createdAt))].sort((a, b) => a - b));
    expect(ids.some((id, i) => i > 0 && id - (ids[i - 1] ?? 0) > 1)).toBe(true);
    // WooCommerce stores whole seconds.
    expect(site.orders.every((o) => orderNumber(o) === String(o.id) && o.createdAt.endsWith('.000Z'))).toBe(true);
  });

  it('places orders in time as their class says: window, installation, the connector’s last run', () => {
    const since = NOW - 30 * DAY;
    const installedAt = Date.parse(connection.profile.connector.installedAt);
    expect(installedAt).toBe(NOW - 20 * DAY);
    const lastRun = newestCreated(division);
    expect(NOW - lastRun).toBe(2 * HOUR);
    for (const order of site.orders) {
      const at = Date.parse(order.createdAt);
      const truth = classes[String(order.id)];
      expect(at).toBeLessThan(NOW);
      if (!truth) {
        expect(at).toBeLessThan(since - DAY);
        continue;
      }
      expect(at).toBeGreaterThan(since + HOUR);
      if (truth.class === 'before-install') expect(at).toBeLessThan(installedAt);
      if (truth.class === 'waiting' && truth.checkId === undefined) expect(at).toBeGreaterThan(lastRun);
    }
  });

  it('books each imported order as a sales order of the same day and amount, made a few minutes later', () => {
    const orders = new Map(site.orders.map((o) => [orderNumber(o), o]));
    const booked = division.salesOrders.filter((d) => d.OrderNumber >= 100_000 && d.OrderNumber < 800_000);
    for (const doc of booked) {
      const order = orders.get(doc.YourRef ?? '');
      if (!order) throw new Error(`no order for ${doc.YourRef}`);
      expect(doc.AmountDC).toBeCloseTo(Number(orderTotal(order)), 2);
      expect(Date.parse(doc.Created ?? '')).toBeGreaterThan(Date.parse(order.createdAt));
    }
    const importedInWindow = Object.values(classes).filter((t) => t.class === 'imported').length;
    expect(booked.filter((d) => classes[String(orders.get(d.YourRef ?? '')?.id ?? '')])).toHaveLength(importedInWindow);
  });

  it('every order’s class and check follow from its data by SPEC’s rules (independent oracle)', () => {
    expect(mismatches(s)).toEqual([]);
  });

  it('the same holds for all 10,000 orders of woocommerce-bulk-10k', () => {
    const big = woocommerceBulk({ now: NOW, orders: 10_000, name: 'woocommerce-bulk-10k' });
    expect(mismatches(big)).toEqual([]);
    expect(countClasses(parts(big).classes)).toEqual({ imported: 6500, waiting: 300, 'before-install': 2000, missing: 900, 'cannot-tell': 0 });
  }, 30_000);

  it('covers every way of failing or waiting WooCommerce has here, and samples one order of each for the panel', () => {
    const shop = buildWooBulkShop({ orders: 2000, seed: 1, now: NOW });
    const variants = new Set(shop.orders.filter((b) => b.kind.startsWith('missing-') || b.kind === 'waiting-unpaid').map((b) => `${b.kind}/${b.variant ?? ''}`));
    expect(variants).toEqual(new Set([
      'waiting-unpaid/not-reached', 'missing-3/cancelled', 'missing-3/failed', 'missing-3/refunded', 'missing-4/needed', 'missing-5/other-order',
      'missing-6/no-country', 'missing-7/unknown', 'missing-7/no-sku', 'missing-7/ended', 'missing-8/not-linked',
    ]));
    expect(new Set(shop.orders.filter((b) => b.kind === 'waiting-unpaid').map((b) => b.order.status))).toEqual(new Set(['pending', 'on-hold']));
    const verdicts = s.expectations.map((e) => `${e.verdict}:${e.failingCheck ?? '-'}`);
    expect(verdicts).toEqual(expect.arrayContaining([
      'already-imported:-', 'will-import:-', 'will-not-import:1', 'will-not-import:3', 'will-not-import:4',
      'will-not-import:5', 'will-not-import:6', 'will-not-import:7', 'will-not-import:8',
    ]));
    for (const e of s.expectations) {
      expect(classes[e.orderId]).toBeDefined();
      expect(e.adminUrl).toBe(`https://shop.example.test/wp-admin/post.php?post=${e.orderId}&action=edit`);
      if (e.fix) expect(e.fix).toMatch(/^check\.[1-8]\.fix\.[a-z-]+$/);
    }
  });

  it("the sampled orders get their expected verdict from the product's real engine (WooCommerce client against the host)", async () => {
    for (const e of s.expectations) {
      expectEngineAgrees(await diagnoseWithRealEngine(s, e), e, e.note);
    }
  }, 30_000);

  it('is registered: 300 orders, and 10,000 built in well under a second', () => {
    expect(scenarios['woocommerce-bulk']?.().woocommerce?.sites[0]?.orders).toHaveLength(300);
    const t0 = performance.now();
    const big = scenarios['woocommerce-bulk-10k']?.();
    const ms = performance.now() - t0;
    expect(big?.name).toBe('woocommerce-bulk-10k');
    expect(big?.woocommerce?.sites[0]?.orders).toHaveLength(10_000);
    console.info(`woocommerce-bulk-10k built in ${ms.toFixed(0)} ms`);
  });
});
