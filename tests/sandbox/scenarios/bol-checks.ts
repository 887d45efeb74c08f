import type { OrderExpectation, Scenario } from './types';
import { BOL_DEMO, bolDemoAccount, bolDemoConnection, expectBolOrder } from './build/bol-demo';
import { bolOrder, bolOrderTotal, type BolOrderSpec } from './build/bol-order';
import { PRODUCTS } from './build/catalogue';
import { demoDivision } from './build/demo-division';
import { exactWorld } from './build/exact-world';
import { dateOnly, daysAgo } from './build/time';

type Outcomes = NonNullable<OrderExpectation['outcomes']>;
type Expect = Omit<OrderExpectation, 'connectionId' | 'orderId' | 'adminUrl'>;

/**
 * As in shopify-checks: VEX (outside EU) is mapped but blocked in the shared division, so every
 * order that does not need it gets a check-4 `warn`, which never blocks. The bol.com connector was
 * set up for Dutch customers only: no EU code, so a Belgian customer's order fails check 4.
 */
const HEALTHY: Outcomes = { 1: 'pass', 2: 'pass', 3: 'pass', 4: 'warn', 5: 'pass', 6: 'pass', 7: 'pass', 8: 'pass' };

const failsOnly = (check: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8, fix: string, note: string, unsure: (keyof Outcomes)[] = []): Expect => {
  const outcomes: Outcomes = { ...HEALTHY, [check]: 'fail' };
  for (const c of unsure) delete outcomes[c];
  return { verdict: 'will-not-import', failingCheck: check, fix: `check.${check}.fix.${fix}`, outcomes, note };
};

/**
 * The bol.com demo retailer → Exact (Handel): one order per check bol.com can fail on its own (check 6
 * only fails on a malformed answer, covered by a unit test; check 2 in 'bol-auth-refused'), healthy
 * ones (shipped, fulfilled by bol, partly cancelled), an imported one, one with another order's
 * reference.
 */
export function bolChecks(): Scenario {
  const now = Date.now();
  // Distinct times (10:03, 10:10, … UTC): orders never tie in the dashboard's list.
  let minutes = 0;
  const ago = (days: number): string => new Date(Date.parse(daysAgo(now, days)) + (3 + 7 * minutes++) * 60_000).toISOString();
  const { tshirt, mug, cookbook, giftWrap, retiredMug, lamp } = PRODUCTS;
  const willImport = (note: string): Expect => ({ verdict: 'will-import', outcomes: HEALTHY, note });
  const cases: [BolOrderSpec, Expect][] = [
    [{ number: 1, placedAt: ago(2), lines: [{ product: tshirt, quantity: 2 }] }, willImport('Healthy NL order; SKU = offer reference TSHIRT-RED-M.')],
    [{ number: 2, placedAt: ago(3), lines: [{ product: mug }, { product: cookbook }, { product: giftWrap }] },
      willImport('Healthy NL order with a 9% article and a non-stock item (bol gives no VAT rates: domestic high is needed).')],
    [{ number: 3, placedAt: ago(4), lines: [{ product: tshirt, method: 'FBB', shipped: 1 }] },
      willImport('Fulfilled by bol and already shipped: SHIPPED passes (every order bol returns is paid).')],
    [{ number: 4, placedAt: ago(1), lines: [{ product: tshirt, quantity: 2, cancelled: 1 }, { product: mug, cancelled: 1 }] },
      willImport('Partly cancelled (one T-shirt and the mug): passes check 3; one T-shirt is left to import.')],
    [{ number: 5, placedAt: ago(5), lines: [{ product: tshirt }, { product: mug }] },
      { verdict: 'already-imported', outcomes: HEALTHY, note: 'Sales order 5105 has YourRef = this orderId, same day, same amount: imported.' }],
    [{ number: 6, placedAt: ago(6), lines: [{ product: cookbook }] },
      failsOnly(5, 'other-order', 'Sales order 3220 has YourRef = this orderId but is 6 weeks older with another amount: another order.')],
    [{ number: 7, placedAt: ago(35), lines: [{ product: tshirt }] }, failsOnly(1, 'before-install', 'Placed 35 days ago, the connector was installed 30 days ago.')],
    [{ number: 8, placedAt: ago(3), lines: [{ product: tshirt, cancelled: 1 }] },
      failsOnly(3, 'cancelled', 'Its only item is cancelled (quantityCancelled = quantity): CANCELLED fails check 3.', [7, 8])],
    [{ number: 9, placedAt: ago(4), lines: [{ product: mug, quantity: 2, cancelled: 2 }, { product: cookbook, cancelled: 1 }] },
      failsOnly(3, 'cancelled', 'Every item of two is fully cancelled: CANCELLED.', [7, 8])],
    [{ number: 10, placedAt: ago(2), country: 'BE', lines: [{ product: tshirt }] },
      failsOnly(4, 'needed', 'Belgian customer: needs the EU VAT code, which the connector does not map.')],
    [{ number: 11, placedAt: ago(6), lines: [{ product: tshirt, reference: 'SHIRT-RED-M' }] },
      failsOnly(7, 'unknown', 'Offer reference SHIRT-RED-M is unknown in Exact (the article code is TSHIRT-RED-M).', [8])],
    [{ number: 12, placedAt: ago(4), lines: [{ product: retiredMug }, { product: tshirt }] },
      failsOnly(7, 'ended', 'Item MUG-2019 ended 45 days ago, before the order date.')],
    [{ number: 13, placedAt: ago(3), lines: [{ product: mug, reference: null }, { product: tshirt }] },
      failsOnly(7, 'no-sku', 'The mug\'s offer has no reference: no article code for the connector.', [8])],
    [{ number: 14, placedAt: ago(3), lines: [{ product: lamp }] },
      failsOnly(8, 'not-linked', 'Stock item LAMP-02 is linked to warehouse 2 only, not to main warehouse 1.')],
  ];
  const built = cases.map(([spec, expectation]) => ({ order: bolOrder(spec), expectation }));
  const imported = built[4]?.order;
  const other = built[5]?.order;
  if (!imported || !other || imported.orderId !== '2460000005' || other.orderId !== '2460000006') throw new Error('bol-checks: case order changed');
  const division = demoDivision(now, {
    blockedVatCodes: ['VEX'],
    salesOrders: [
      { orderNumber: 5105, yourRef: imported.orderId, orderDate: dateOnly(new Date(imported.orderPlacedDateTime).toISOString()), amountDC: bolOrderTotal(imported) },
      { orderNumber: 3220, yourRef: other.orderId, orderDate: dateOnly(daysAgo(now, 6 + 42)), amountDC: 129.95, customer: 'Andere klant' },
    ],
  });
  return {
    name: 'bol-checks',
    description: 'bol.com demo retailer → Exact (Handel): one order failing each check bol.com can fail, healthy, imported and cancelled orders.',
    shopify: { stores: [] },
    bol: { accounts: [bolDemoAccount(built.map((b) => b.order))] },
    exact: exactWorld([division]),
    connections: [bolDemoConnection(daysAgo(now, 30, 8))],
    expectations: built.map((b) => expectBolOrder(b.order, b.expectation)),
  };
}

/**
 * 'bol-checks' after the merchant regenerated the API secret in the seller dashboard without
 * updating the connector (and import-doctor): login.bol.com refuses the stored client id and secret.
 * Check 2 fails naming Bol.com; as the key is the connector's own, the fix says the connector stops too.
 */
export function bolAuthRefused(): Scenario {
  const base = bolChecks();
  return {
    ...base,
    name: 'bol-auth-refused',
    description: 'bol.com refuses the stored client credentials (secret regenerated): check 2 fails on the shop side.',
    bol: { accounts: (base.bol?.accounts ?? []).map((a) => ({ ...a, credentials: [{ clientId: BOL_DEMO.clientId, clientSecret: 'regenerated-secret-7d1e' }] })) },
    expectations: base.expectations.map((e) => ({
      ...e,
      verdict: 'will-not-import',
      failingCheck: 2,
      fix: 'check.2.fix.shop-refused-connector-key',
      outcomes: { 1: 'error', 2: 'fail', 3: 'error', 6: 'error' },
      note: 'login.bol.com answers 401 invalid_client: check 2 fails naming Bol.com; checks needing the order end in error.',
    })),
  };
}
