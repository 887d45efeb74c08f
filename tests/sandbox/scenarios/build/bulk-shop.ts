import type { ShopifyOrder } from '../../shopify/world';
import { PRODUCTS } from './catalogue';
import {
  buildBulk,
  FULL_MIX,
  HEALTHY_PRODUCTS,
  HOUR,
  iso,
  MINUTE,
  panelExpectationOf,
  planCounts as planCountsFor,
  type BulkOptions,
  type BulkOrder as GenericBulkOrder,
  type BulkShop as GenericBulkShop,
  type CheckNo,
  type Kind,
  type Mix,
  type OrderMaker,
  type PanelExpect,
} from './bulk-core';
import type { Rng } from './prng';
import { shopifyOrder, type LineSpec, type OrderSpec } from './shopify-order';

/**
 * A generated Shopify shop for the reconciliation (the platform-neutral part, time placement and
 * the Exact side, is bulk-core.ts): Shopify's orders of each kind, and the panel's verdict on them.
 */

export { KINDS, sampleForPanel, type Kind, type ReconClass, type Truth } from './bulk-core';

/** Every kind can happen on Shopify. */
export const DEFAULT_MIX = FULL_MIX;

export type BulkShopOptions = BulkOptions;
export type BulkOrder = GenericBulkOrder<ShopifyOrder>;
export type BulkShop = GenericBulkShop<ShopifyOrder>;

/** How many orders of each kind: shares rounded, at least one each, the rest imported. */
export function planCounts(total: number, mix: Mix = DEFAULT_MIX): Record<Kind, number> {
  return planCountsFor(total, mix, 'shopify-bulk');
}

const cents = (amount: string): number => Math.round(Number(amount) * 100);

const { tshirt, mug, retiredMug, lamp } = PRODUCTS;

function healthyLines(rng: Rng): LineSpec[] {
  // About one order in a hundred is long: more lines than a list page reads inline.
  const count = rng.next() < 0.01 ? rng.int(11, 14) : rng.pick([1, 1, 1, 1, 1, 2, 2, 2, 3, 3]);
  return Array.from({ length: count }, () => ({ product: rng.pick(HEALTHY_PRODUCTS), quantity: rng.pick([1, 1, 1, 2, 3]) }));
}

/** A healthy order's shape: NL mostly (sometimes free shipping), some BE and DE. */
function healthy(rng: Rng, number: number, createdAt: string): OrderSpec {
  const country = rng.weighted({ NL: 80, BE: 10, DE: 10 });
  const shipping = country === 'NL' ? (rng.next() < 0.2 ? '0.00' : '4.95') : '6.95';
  const financialStatus = rng.next() < 0.05 ? 'PARTIALLY_REFUNDED' : 'PAID';
  return { number, createdAt, country, shipping, financialStatus, lines: healthyLines(rng) };
}

/** The order of one kind, and the way it fails (its fix key suffix). */
function specFor(kind: Kind, rng: Rng, number: number, createdMs: number, now: number): { spec: OrderSpec; variant: string | null } {
  const base = healthy(rng, number, iso(createdMs));
  switch (kind) {
    case 'waiting-unpaid':
      return { spec: { ...base, financialStatus: rng.pick(['PENDING', 'AUTHORIZED', 'PARTIALLY_PAID', null]) }, variant: 'not-reached' };
    case 'missing-3': {
      const variant = rng.pick(['cancelled', 'voided', 'expired'] as const);
      if (variant === 'cancelled') {
        const cancelledAt = iso(Math.min(createdMs + rng.int(1, 48) * HOUR, now - MINUTE));
        return { spec: { ...base, cancelledAt, financialStatus: 'REFUNDED' }, variant };
      }
      return { spec: { ...base, financialStatus: variant.toUpperCase() }, variant };
    }
    case 'missing-4':
      // VEX (outside the EU) is blocked in the division.
      return { spec: { ...base, country: rng.pick(['US', 'GB', 'CH', 'NO']), shipping: '14.95' }, variant: 'needed' };
    case 'missing-5':
      return { spec: base, variant: 'other-order' };
    case 'missing-6':
      return { spec: { ...base, country: null }, variant: 'no-country' };
    case 'missing-7': {
      const variant = rng.pick(['unknown', 'no-sku', 'ended'] as const);
      const [first, ...rest] = base.lines;
      const broken: LineSpec =
        variant === 'ended'
          ? { product: retiredMug }
          : variant === 'unknown'
            ? { product: tshirt, sku: rng.pick(['SHIRT-RED-M', 'TSHIRT-ROOD-M', 'MUG-BLAUW']) }
            : { product: first?.product ?? mug, sku: rng.pick(['', null]) };
      return { spec: { ...base, lines: [broken, ...rest] }, variant };
    }
    case 'missing-8':
      // LAMP-02 is a stock item linked to warehouse 2 only, not the main warehouse 1.
      return { spec: { ...base, lines: [{ product: lamp }, ...base.lines.slice(0, 1)] }, variant: 'not-linked' };
    case 'before-install':
      return { spec: base, variant: 'before-install' };
    default:
      return { spec: base, variant: null };
  }
}

/** Shopify's orders: numbers #1001… in time order; YourRef is the number without '#'. */
const shopifyMaker: OrderMaker<ShopifyOrder> = {
  name: 'shopify-bulk',
  make(kind, rng, index, createdMs, now) {
    const number = 1001 + index;
    const { spec, variant } = specFor(kind, rng, number, createdMs, now);
    const order = shopifyOrder(spec);
    return { order, variant, reference: String(number), amount: cents(order.totalPrice) / 100, customer: `Klant ${number}` };
  },
};

export function buildBulkShop(options: BulkShopOptions): BulkShop {
  return buildBulk(options, shopifyMaker, DEFAULT_MIX);
}

/** Checks whose outcome a variant leaves open (as in shopify-checks). */
const UNSURE: Record<string, CheckNo[]> = {
  cancelled: [7, 8],
  'no-country': [4],
  unknown: [8],
  'no-sku': [8],
};

/** The panel's verdict on one generated order, for an e2e that opens its page. */
export function panelExpectation(b: BulkOrder): PanelExpect {
  return panelExpectationOf(b, `shopify-bulk ${b.order.name} (${b.kind}${b.variant ? `, ${b.variant}` : ''})`, UNSURE);
}
