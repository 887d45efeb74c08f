import type { WooOrder } from '../woocommerce/world';
import { orderTotal } from '../woocommerce/rest/order-json';
import type { OrderExpectation, Scenario } from './types';
import { PRODUCTS } from './build/catalogue';
import { demoDivision } from './build/demo-division';
import { exactWorld } from './build/exact-world';
import { dateOnly, daysAgo } from './build/time';
import { expectWooOrder, WOO_HOST, wooConnection, wooSite, type WooDemoSite } from './build/woocommerce-demo';
import { wooOrder, type WooOrderSpec } from './build/woocommerce-order';

type Outcomes = NonNullable<OrderExpectation['outcomes']>;
type Expect = Omit<OrderExpectation, 'connectionId' | 'orderId' | 'adminUrl'>;
type CheckId = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/**
 * The WooCommerce sites of the scenario, all on `shop.example.test` (one origin to grant):
 * - `/`        posts storage (legacy `post.php` screen), most cases;
 * - `/winkel`  HPOS, in a subfolder, with a sequential-numbers plugin (number ≠ id);
 * - `/oud`     HPOS; the connector still has `http://` (the shop moved to https): check 2 fails;
 * - `/nieuw`   posts; the connector has `www.` (another host): check 2 fails.
 */
export const WOO_SITES = {
  main: { connectionId: 'demo-woo', label: 'Demo Woo', path: '', storage: 'posts', connectorUrl: `https://${WOO_HOST}/`, keySeed: 'main' },
  winkel: { connectionId: 'demo-woo-winkel', label: 'Demo Woo Winkel', path: '/winkel', storage: 'hpos', connectorUrl: `https://${WOO_HOST}/winkel`, keySeed: 'winkel' },
  oud: { connectionId: 'demo-woo-oud', label: 'Demo Woo Oud', path: '/oud', storage: 'hpos', connectorUrl: `http://${WOO_HOST}/oud`, keySeed: 'oud' },
  nieuw: { connectionId: 'demo-woo-nieuw', label: 'Demo Woo Nieuw', path: '/nieuw', storage: 'posts', connectorUrl: `https://www.${WOO_HOST}/nieuw`, keySeed: 'nieuw' },
} as const satisfies Record<string, WooDemoSite>;

/**
 * Check 4 fails through the outside-EU code: VEX is mapped but blocked, so every order that does
 * not need it gets a check-4 `warn` (a later export order will fail), which never blocks.
 */
const HEALTHY: Outcomes = { 1: 'pass', 2: 'pass', 3: 'pass', 4: 'warn', 5: 'pass', 6: 'pass', 7: 'pass', 8: 'pass' };

const failsOnly = (check: CheckId, fix: string, note: string, unsure: (keyof Outcomes)[] = []): Expect => {
  const outcomes: Outcomes = { ...HEALTHY, [check]: 'fail' };
  for (const c of unsure) delete outcomes[c];
  return { verdict: 'will-not-import', failingCheck: check, fix: `check.${check}.fix.${fix}`, outcomes, note };
};
const willImport = (note: string, outcomes: Outcomes = HEALTHY): Expect => ({ verdict: 'will-import', outcomes, note });

/**
 * One order per failing check and per way to fail it that WooCommerce has, healthy ones, an
 * imported one, one whose reference belongs to another order, WooCommerce's statuses (on-hold,
 * cancelled, refunded, failed, draft, a plugin's custom status) and check 2 by URL (http, www.).
 * Order numbers 2001… (Shopify's demo uses 1001…).
 */
export function woocommerceChecks(): Scenario {
  const now = Date.now();
  // Distinct times (10:00, 10:07, … UTC): orders never tie in the admin's list.
  let minutes = 0;
  const ago = (days: number): string => new Date(Date.parse(daysAgo(now, days)) + 7 * 60_000 * minutes++).toISOString();
  const { tshirt, mug, cookbook, giftWrap, retiredMug, lamp } = PRODUCTS;
  const { main, winkel, oud, nieuw } = WOO_SITES;

  const cases: [WooDemoSite, WooOrderSpec, Expect][] = [
    // --- root site, posts storage (legacy screen) ---
    [main, { id: 2001, createdAt: ago(2), lines: [{ product: tshirt, quantity: 2 }] }, willImport('Healthy NL order, 21% VAT, with shipping (processing).')],
    [main, { id: 2002, createdAt: ago(3), status: 'completed', lines: [{ product: mug }, { product: cookbook }, { product: giftWrap }] },
      willImport('Healthy completed NL order mixing 21% and 9% lines and a non-stock item.')],
    [main, { id: 2003, createdAt: ago(4), country: 'DE', shipping: '6.95', lines: [{ product: tshirt }] }, willImport('Healthy EU order (DE): needs VEU and GL 8010.')],
    [main, { id: 2004, createdAt: ago(1), shipping: '0.00', lines: [{ product: mug, quantity: 3 }] },
      willImport('Free shipping (a free_shipping line of 0.00): no shipping article needed.')],
    [main, { id: 2005, createdAt: ago(5), lines: [{ product: tshirt }, { product: mug }] },
      { verdict: 'already-imported', outcomes: HEALTHY, note: 'Sales order 6005 has YourRef 2005, same day, same amount: imported.' }],
    [main, { id: 2006, createdAt: ago(6), lines: [{ product: cookbook }] },
      failsOnly(5, 'other-order', "Sales order 3220 has YourRef 2006 but is 6 weeks older with another amount: another shop's order.")],
    [main, { id: 2007, createdAt: ago(35), lines: [{ product: tshirt }] }, failsOnly(1, 'before-install', 'Placed 35 days ago, the connector was installed 30 days ago.')],
    [main, { id: 2008, createdAt: ago(2), status: 'pending', lines: [{ product: mug }] }, failsOnly(3, 'not-reached', 'Pending payment; the connector imports from processing.')],
    [main, { id: 2009, createdAt: ago(3), status: 'on-hold', lines: [{ product: mug }] },
      failsOnly(3, 'not-reached', 'On hold (bank transfer awaited): on the level of pending, below processing.')],
    [main, { id: 2010, createdAt: ago(8), status: 'cancelled', lines: [{ product: tshirt }] }, failsOnly(3, 'cancelled', 'Cancelled: its own text.')],
    [main, { id: 2011, createdAt: ago(7), status: 'refunded', lines: [{ product: cookbook }] }, failsOnly(3, 'refunded', 'Refunded: its own text.')],
    [main, { id: 2012, createdAt: ago(2), status: 'failed', lines: [{ product: mug }] }, failsOnly(3, 'failed', 'Payment failed: its own text.')],
    [main, { id: 2013, createdAt: ago(1), status: 'checkout-draft', lines: [{ product: tshirt }] },
      failsOnly(3, 'not-reached', 'A block-checkout draft: ranks below pending.')],
    [main, { id: 2014, createdAt: ago(3), status: 'awaiting-pickup', lines: [{ product: mug }] },
      willImport("A plugin's custom status awaiting-pickup: check 3 warns, showing it as it is; a warn never blocks.", { ...HEALTHY, 3: 'warn' })],
    [main, { id: 2015, createdAt: ago(4), country: 'US', shipping: '14.95', lines: [{ product: tshirt }] },
      failsOnly(4, 'needed', 'Shipped to the US: needs outside-EU code VEX, which is blocked in the division.')],
    [main, { id: 2016, createdAt: ago(5), country: '', shipping: null, lines: [{ product: giftWrap }] },
      failsOnly(6, 'no-country', "Billing and shipping country both '' (a checkout that did not ask).", [4])],
    [main, { id: 2017, createdAt: ago(6), lines: [{ product: tshirt, sku: 'SHIRT-RED-M' }] },
      failsOnly(7, 'unknown', 'SKU SHIRT-RED-M is unknown in Exact (the article code was changed to TSHIRT-RED-M).', [8])],
    [main, { id: 2018, createdAt: ago(4), lines: [{ product: retiredMug }, { product: tshirt }] }, failsOnly(7, 'ended', 'Item MUG-2019 ended 45 days ago, before the order date.')],
    [main, { id: 2019, createdAt: ago(3), lines: [{ product: mug, sku: '' }, { product: tshirt }] }, failsOnly(7, 'no-sku', 'One line has a product without SKU ("").', [8])],
    [main, { id: 2020, createdAt: ago(3), lines: [{ product: lamp }] }, failsOnly(8, 'not-linked', 'Stock item LAMP-02 is linked to warehouse 2 only, not to main warehouse 1.')],
    // --- /winkel: HPOS in a subfolder, sequential numbers (the REST id is not the number) ---
    [winkel, { id: 8101, number: '2101', createdAt: ago(2), lines: [{ product: tshirt }] }, willImport('HPOS screen in a subfolder; id 8101, number 2101: healthy.')],
    [winkel, { id: 8102, number: '2102', createdAt: ago(3), country: 'BE', lines: [{ product: cookbook, quantity: 2 }] }, willImport('Healthy EU order (BE), 9% lines.')],
    [winkel, { id: 8103, number: '2103', createdAt: ago(4), status: 'completed', lines: [{ product: mug }] },
      { verdict: 'already-imported', outcomes: HEALTHY, note: 'Sales order 6103 has YourRef 2103 (the number, not id 8103): imported.' }],
    [winkel, { id: 8104, number: '2104', createdAt: ago(2), status: 'on-hold', lines: [{ product: tshirt }] }, failsOnly(3, 'not-reached', 'On hold, below processing.')],
    [winkel, { id: 8105, number: '2105', createdAt: ago(5), lines: [{ product: cookbook, sku: 'BOOK-COOK-OLD' }] },
      failsOnly(7, 'unknown', 'SKU BOOK-COOK-OLD is unknown in Exact.', [8])],
    // --- check 2 by URL: the connector still has the old address ---
    [oud, { id: 2201, createdAt: ago(2), lines: [{ product: tshirt }] },
      failsOnly(2, 'url-changed', 'The connector has http://shop.example.test, the shop is on https: check 2 fails showing both.')],
    [nieuw, { id: 2301, createdAt: ago(3), lines: [{ product: mug }] },
      failsOnly(2, 'url-changed', 'The connector has https://www.shop.example.test, the shop is on shop.example.test (www. is another host).')],
  ];

  const built = cases.map(([site, spec, expectation]) => ({ site, order: wooOrder(spec), expectation }));
  const byId = (id: number): WooOrder => {
    const order = built.find((b) => b.order.id === id)?.order;
    if (!order) throw new Error(`woocommerce-checks: no order ${id}`);
    return order;
  };
  const imported = byId(2005);
  const importedWinkel = byId(8103);
  const division = demoDivision(now, {
    blockedVatCodes: ['VEX'],
    salesOrders: [
      { orderNumber: 6005, yourRef: '2005', orderDate: dateOnly(imported.createdAt), amountDC: Number(orderTotal(imported)) },
      { orderNumber: 3220, yourRef: '2006', orderDate: dateOnly(daysAgo(now, 6 + 42)), amountDC: 129.95, customer: 'Marktplaats klant' },
      { orderNumber: 6103, yourRef: '2103', orderDate: dateOnly(importedWinkel.createdAt), amountDC: Number(orderTotal(importedWinkel)) },
    ],
  });
  const installedAt = daysAgo(now, 30, 8);
  const sites = Object.values(WOO_SITES);
  return {
    name: 'woocommerce-checks',
    description:
      'WooCommerce shops on shop.example.test (root: legacy screen; /winkel: HPOS, subfolder; /oud and /nieuw: connector URL changed) → Exact (Handel): one order failing each check, statuses, healthy and imported orders.',
    shopify: { stores: [] },
    woocommerce: { sites: sites.map((site) => wooSite(site, built.filter((b) => b.site === site).map((b) => b.order))) },
    exact: exactWorld([division]),
    connections: sites.map((site) => wooConnection(site, installedAt)),
    expectations: built.map((b) => expectWooOrder(b.site, b.order, b.expectation)),
  };
}

/**
 * 'woocommerce-checks' with every site refusing the connection's key (revoked, a new key made):
 * Basic auth with an unknown key runs as nobody (401 `woocommerce_rest_cannot_view`), the signed
 * retry gets 401 `woocommerce_rest_authentication_error`, so check 2 fails naming
 * WooCommerce, and the evidence says the connector's own key is refused. The options page tests a
 * key before saving it, so a test switches to this scenario after setting up on
 * 'woocommerce-checks', or revokes the key in the live world (`keys` is read at every request).
 */
export function woocommerceAuthRefused(): Scenario {
  const base = woocommerceChecks();
  const woo = base.woocommerce ?? { sites: [] };
  return {
    ...base,
    name: 'woocommerce-auth-refused',
    description: 'The WooCommerce shops refuse the stored consumer key (401): check 2 fails on the shop side.',
    woocommerce: {
      sites: woo.sites.map((s) => ({
        ...s,
        keys: [{ consumerKey: `ck_${'0'.repeat(40)}`, consumerSecret: `cs_${'0'.repeat(40)}`, permissions: 'read' as const, description: 'Nieuwe sleutel' }],
      })),
    },
    expectations: base.expectations.map((e) => ({
      ...e,
      verdict: 'will-not-import',
      failingCheck: 2,
      // Where the connector's URL is outdated too, check 2 names both problems.
      fix: e.fix === 'check.2.fix.url-changed' ? 'check.2.fix.several' : 'check.2.fix.shop-refused-connector-key',
      outcomes: { 2: 'fail' },
      note: 'Basic with the revoked key gets 401 cannot_view, the signed retry 401 "Consumer key is invalid.": check 2 fails naming WooCommerce; checks needing the order end in error.',
    })),
  };
}
