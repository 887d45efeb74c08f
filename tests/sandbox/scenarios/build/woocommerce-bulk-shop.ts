import { orderNumber, orderTotal } from '../../woocommerce/rest/order-json';
import type { WooOrder } from '../../woocommerce/world';
import {
  buildBulk,
  FULL_MIX,
  HEALTHY_PRODUCTS,
  iso,
  panelExpectationOf,
  type BulkOptions,
  type BulkOrder,
  type BulkShop,
  type CheckNo,
  type Kind,
  type OrderMaker,
  type PanelExpect,
} from './bulk-core';
import { PRODUCTS } from './catalogue';
import type { Rng } from './prng';
import { DAY_MS } from './time';
import { wooOrder, type WooLineSpec, type WooOrderSpec } from './woocommerce-order';

/**
 * A generated WooCommerce shop for the reconciliation (time placement and the Exact side are
 * bulk-core.ts): WooCommerce's orders of each kind, with the connector importing from
 * 'processing'. Waiting orders are either placed after the connector's last run or still
 * pending / on hold; missing ones are cancelled, failed or refunded (3), shipped outside the EU
 * (4), another order's reference (5), without a country (6), with an unknown, empty or ended
 * article (7) or a stock item not in the main warehouse (8).
 */

/** Every kind can happen on WooCommerce. */
export const WOO_BULK_MIX = FULL_MIX;

/** The first order id of a generated shop: apart from woocommerce-checks' ids (2001…, 8101…). */
const FIRST_ID = 10_001;

const { tshirt, mug, retiredMug, lamp } = PRODUCTS;

function healthyLines(rng: Rng): WooLineSpec[] {
  const count = rng.pick([1, 1, 1, 1, 1, 2, 2, 2, 3, 3]);
  return Array.from({ length: count }, () => ({ product: rng.pick(HEALTHY_PRODUCTS), quantity: rng.pick([1, 1, 1, 2, 3]) }));
}

/** A healthy order: NL mostly (sometimes free shipping), some BE and DE; most older ones completed. */
function healthy(rng: Rng, id: number, createdMs: number, now: number): WooOrderSpec {
  const country = rng.weighted({ NL: 80, BE: 10, DE: 10 });
  const shipping = country === 'NL' ? (rng.next() < 0.2 ? '0.00' : '4.95') : '6.95';
  const status = createdMs < now - 2 * DAY_MS && rng.next() < 0.85 ? 'completed' : 'processing';
  // WooCommerce stores whole seconds.
  return { id, createdAt: iso(Math.floor(createdMs / 1000) * 1000), country, shipping, status, lines: healthyLines(rng) };
}

/** The order of one kind, and the way it fails or waits (its fix key suffix). */
function specFor(kind: Kind, rng: Rng, id: number, createdMs: number, now: number): { spec: WooOrderSpec; variant: string | null } {
  const base = healthy(rng, id, createdMs, now);
  switch (kind) {
    case 'waiting-unpaid':
      // Below the connector's 'processing': a bank transfer awaited, or payment not completed yet.
      return { spec: { ...base, status: rng.pick(['pending', 'on-hold']) }, variant: 'not-reached' };
    case 'missing-3': {
      const variant = rng.pick(['cancelled', 'failed', 'refunded'] as const);
      return { spec: { ...base, status: variant, ...(variant === 'cancelled' ? { paid: false } : {}) }, variant };
    }
    case 'missing-4':
      // VEX (outside the EU) is blocked in the division.
      return { spec: { ...base, country: rng.pick(['US', 'GB', 'CH', 'NO']), shipping: '14.95' }, variant: 'needed' };
    case 'missing-5':
      return { spec: base, variant: 'other-order' };
    case 'missing-6':
      // A checkout that did not ask: WooCommerce stores '' for both countries.
      return { spec: { ...base, country: '' }, variant: 'no-country' };
    case 'missing-7': {
      const variant = rng.pick(['unknown', 'no-sku', 'ended'] as const);
      const [first, ...rest] = base.lines;
      const broken: WooLineSpec =
        variant === 'ended'
          ? { product: retiredMug }
          : variant === 'unknown'
            ? { product: tshirt, sku: rng.pick(['SHIRT-RED-M', 'TSHIRT-ROOD-M', 'MUG-BLAUW']) }
            : { product: first?.product ?? mug, sku: '' };
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

/**
 * WooCommerce's orders in time order. With posts storage an order's id is a post id, shared with
 * products, pages and refunds: ids rise with gaps. The number (YourRef) is the id.
 */
function wooMaker(): OrderMaker<WooOrder> {
  let nextId = FIRST_ID;
  return {
    name: 'woocommerce-bulk',
    make(kind, rng, _index, createdMs, now) {
      const id = nextId;
      nextId += rng.int(1, 3);
      const { spec, variant } = specFor(kind, rng, id, createdMs, now);
      const order = wooOrder(spec);
      return { order, variant, reference: orderNumber(order), amount: Number(orderTotal(order)), customer: `Klant ${id}` };
    },
  };
}

export function buildWooBulkShop(options: BulkOptions): BulkShop<WooOrder> {
  return buildBulk(options, wooMaker(), WOO_BULK_MIX);
}

/** Checks whose outcome a variant leaves open (as in woocommerce-checks). */
const UNSURE: Record<string, CheckNo[]> = {
  'no-country': [4],
  unknown: [8],
  'no-sku': [8],
};

/** The panel's verdict on one generated order, for an e2e that opens its page. */
export function wooPanelExpectation(b: BulkOrder<WooOrder>): PanelExpect {
  return panelExpectationOf(b, `woocommerce-bulk #${orderNumber(b.order)} (${b.kind}${b.variant ? `, ${b.variant}` : ''}, ${b.order.status})`, UNSURE);
}
