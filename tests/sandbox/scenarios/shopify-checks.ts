import type { OrderExpectation, Scenario } from './types';
import { PRODUCTS } from './build/catalogue';
import { demoConnection, demoStore, expectOrder } from './build/demo';
import { demoDivision } from './build/demo-division';
import { exactWorld } from './build/exact-world';
import { shopifyOrder, type OrderSpec } from './build/shopify-order';
import { dateOnly, daysAgo } from './build/time';

type Outcomes = NonNullable<OrderExpectation['outcomes']>;
type Expect = Omit<OrderExpectation, 'connectionId' | 'orderId' | 'adminUrl'>;

/**
 * Check 4 fails through the outside-EU code: VEX is mapped but blocked, so every order that does
 * not need it gets a check-4 `warn` (a later export order will fail), which never blocks.
 */
const HEALTHY: Outcomes = { 1: 'pass', 2: 'pass', 3: 'pass', 4: 'warn', 5: 'pass', 6: 'pass', 7: 'pass', 8: 'pass' };

const failsOnly = (check: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8, fix: string, note: string, unsure: (keyof Outcomes)[] = []): Expect => {
  const outcomes: Outcomes = { ...HEALTHY, [check]: 'fail' };
  for (const c of unsure) delete outcomes[c];
  return { verdict: 'will-not-import', failingCheck: check, fix: `check.${check}.fix.${fix}`, outcomes, note };
};

/** One order per failing check (and per way to fail it), healthy ones, an imported one, an invisible one. */
export function shopifyChecks(): Scenario {
  const now = Date.now();
  // Distinct times (10:00, 10:07, … UTC): orders never tie in the admin's list.
  let minutes = 0;
  const ago = (days: number): string => new Date(Date.parse(daysAgo(now, days)) + 7 * 60_000 * minutes++).toISOString();
  const { tshirt, mug, cookbook, giftWrap, retiredMug, lamp } = PRODUCTS;
  const willImport = (note: string): Expect => ({ verdict: 'will-import', outcomes: HEALTHY, note });
  const cases: [OrderSpec, Expect][] = [
    [{ number: 1001, createdAt: ago(2), lines: [{ product: tshirt, quantity: 2 }] }, willImport('Healthy NL order, 21% VAT, with shipping.')],
    [{ number: 1002, createdAt: ago(3), lines: [{ product: mug }, { product: cookbook }, { product: giftWrap }] },
      willImport('Healthy NL order mixing 21% and 9% lines and a non-stock item.')],
    [{ number: 1003, createdAt: ago(4), country: 'DE', shipping: '6.95', lines: [{ product: tshirt }] }, willImport('Healthy EU order (DE): needs VEU and GL 8010.')],
    [{ number: 1004, createdAt: ago(1), shipping: '0.00', financialStatus: 'PARTIALLY_REFUNDED', lines: [{ product: mug, quantity: 3 }] },
      willImport('Partially refunded passes threshold "paid"; free shipping: no shipping article needed.')],
    [{ number: 1005, createdAt: ago(5), lines: [{ product: tshirt }, { product: mug }] },
      { verdict: 'already-imported', outcomes: HEALTHY, note: 'Sales order 5005 has YourRef 1005, same day, same amount: imported.' }],
    [{ number: 1006, createdAt: ago(6), lines: [{ product: cookbook }] },
      failsOnly(5, 'other-order', 'Sales order 3120 has YourRef 1006 but is 6 weeks older with another amount: another shop\'s order.')],
    [{ number: 1007, createdAt: ago(35), lines: [{ product: tshirt }] }, failsOnly(1, 'before-install', 'Placed 35 days ago, the connector was installed 30 days ago.')],
    [{ number: 1008, createdAt: ago(2), financialStatus: 'PENDING', lines: [{ product: mug }] }, failsOnly(3, 'not-reached', 'Payment pending; threshold is "paid".')],
    [{ number: 1009, createdAt: ago(8), cancelledAt: ago(7), financialStatus: 'REFUNDED', lines: [{ product: tshirt }] },
      failsOnly(3, 'cancelled', 'Cancelled (and refunded): the cancellation fails check 3.', [7, 8])],
    [{ number: 1010, createdAt: ago(3), financialStatus: null, lines: [{ product: mug }] },
      failsOnly(3, 'not-reached', 'No financial status at all: counts as unpaid.')],
    [{ number: 1011, createdAt: ago(4), country: 'US', shipping: '14.95', lines: [{ product: tshirt }] },
      failsOnly(4, 'needed', 'Shipped to the US: needs outside-EU code VEX, which is blocked in the division.')],
    [{ number: 1012, createdAt: ago(5), country: null, shipping: null, lines: [{ product: giftWrap }] },
      failsOnly(6, 'no-country', 'Neither billing nor shipping address (both null).', [4])],
    [{ number: 1013, createdAt: ago(6), lines: [{ product: tshirt, sku: 'SHIRT-RED-M' }] },
      failsOnly(7, 'unknown', 'SKU SHIRT-RED-M is unknown in Exact (the article code was changed to TSHIRT-RED-M).', [8])],
    [{ number: 1014, createdAt: ago(4), lines: [{ product: retiredMug }, { product: tshirt }] },
      failsOnly(7, 'ended', 'Item MUG-2019 ended 45 days ago, before the order date.')],
    [{ number: 1015, createdAt: ago(3), lines: [{ product: mug, sku: '' }, { product: tshirt }] },
      failsOnly(7, 'no-sku', 'One line has an empty SKU ("").', [8])],
    [{ number: 1016, createdAt: ago(2), lines: [{ product: cookbook, sku: null }] }, failsOnly(7, 'no-sku', 'The only line has no SKU (null).', [8])],
    [{ number: 1017, createdAt: ago(3), lines: [{ product: lamp }] }, failsOnly(8, 'not-linked', 'Stock item LAMP-02 is linked to warehouse 2 only, not to main warehouse 1.')],
    [{ number: 1018, createdAt: ago(75), lines: [{ product: tshirt }] }, {
      verdict: 'cannot-tell', outcomes: { 1: 'error', 2: 'pass', 3: 'error', 6: 'error' },
      note: 'Placed 75 days ago: invisible without read_all_orders (order → null); the panel must say so. (Also before installation.)',
    }],
  ];
  const built = cases.map(([spec, expectation]) => ({ order: shopifyOrder(spec), expectation }));
  const imported = built[4]?.order;
  if (imported?.name !== '#1005') throw new Error('shopify-checks: case order changed');
  const division = demoDivision(now, {
    blockedVatCodes: ['VEX'],
    salesOrders: [
      { orderNumber: 5005, yourRef: '1005', orderDate: dateOnly(imported.createdAt), amountDC: Number(imported.totalPrice) },
      { orderNumber: 3120, yourRef: '1006', orderDate: dateOnly(daysAgo(now, 6 + 42)), amountDC: 129.95, customer: 'Marktplaats klant' },
    ],
  });
  return {
    name: 'shopify-checks',
    description: 'Shopify demo-store → Exact (Handel): one order failing each check, healthy, imported and invisible orders.',
    shopify: { stores: [demoStore(built.map((b) => b.order))] },
    exact: exactWorld([division]),
    connections: [demoConnection(daysAgo(now, 30, 8))],
    expectations: built.map((b) => expectOrder(b.order, b.expectation)),
  };
}
