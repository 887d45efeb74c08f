import type { BolOrder } from '../../bol/world';
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
  type Mix,
  type OrderMaker,
  type PanelExpect,
} from './bulk-core';
import { bolOrder, bolOrderTotal, type BolLineSpec, type BolOrderSpec } from './bol-order';
import { PRODUCTS } from './catalogue';
import type { Rng } from './prng';
import { DAY_MS } from './time';

const HOUR_MS = 3_600_000;

/**
 * A generated bol.com shop for the reconciliation (time placement and the Exact side are
 * bulk-core.ts). On bol.com every listed order is paid and always has a country, so nothing waits
 * for a status (only for the connector's next run) and check 6 cannot fail. The connector is set
 * up for Dutch customers only (as in bol-checks): a Belgian customer's order fails check 4.
 * Missing ones are fully cancelled (3), Belgian (4), another order's reference (5), with an
 * unknown, empty or ended offer reference (7) or a stock item not in the main warehouse (8).
 */

/** Every kind but the two bol.com cannot have: a status not reached yet, and no country. */
export const BOL_BULK_MIX: Mix = Object.fromEntries(Object.entries(FULL_MIX).filter(([kind]) => kind !== 'waiting-unpaid' && kind !== 'missing-6'));

/** bol's order ids are global across retailers: one retailer's ids rise with gaps. Apart from bol-checks' (…0001–…0014). */
const FIRST_NUMBER = 100_000;

const { tshirt, mug, retiredMug, lamp } = PRODUCTS;

/**
 * A healthy order: Dutch, one to three offers, some fulfilled by bol, now and then one offer
 * cancelled of several (what is left still imports). Older orders have shipped.
 */
function healthy(rng: Rng, number: number, createdMs: number, now: number): BolOrderSpec {
  const method = rng.next() < 0.15 ? 'FBB' : 'FBR';
  const count = rng.pick([1, 1, 1, 1, 1, 2, 2, 2, 3, 3]);
  const lines: BolLineSpec[] = Array.from({ length: count }, () => ({ product: rng.pick(HEALTHY_PRODUCTS), quantity: rng.pick([1, 1, 1, 2]), method }));
  const [first] = lines;
  if (first && lines.length > 1 && rng.next() < 0.05) first.cancelled = first.quantity ?? 1;
  if (createdMs < now - 2 * DAY_MS) {
    for (const line of lines) line.shipped = (line.quantity ?? 1) - (line.cancelled ?? 0);
    // Shipped 2 to 30 hours after it was placed (from the number: the random sequence stays as it was).
    return { number, placedAt: iso(createdMs), lines, changedAt: iso(createdMs + (2 + (number % 29)) * HOUR_MS) };
  }
  return { number, placedAt: iso(createdMs), lines };
}

/** The order of one kind, and the way it fails (its fix key suffix). */
function specFor(kind: Kind, rng: Rng, number: number, createdMs: number, now: number): { spec: BolOrderSpec; variant: string | null } {
  const base = healthy(rng, number, createdMs, now);
  switch (kind) {
    case 'missing-3':
      // The customer cancelled everything before it shipped.
      return { spec: { ...base, lines: base.lines.map((l) => ({ ...l, cancelled: l.quantity ?? 1, shipped: 0 })) }, variant: 'cancelled' };
    case 'missing-4':
      // A Belgian customer: needs the EU VAT code, which the connector does not map.
      return { spec: { ...base, country: 'BE' }, variant: 'needed' };
    case 'missing-5':
      return { spec: base, variant: 'other-order' };
    case 'missing-7': {
      const variant = rng.pick(['unknown', 'no-sku', 'ended'] as const);
      const [first, ...rest] = base.lines;
      const method = first?.method ?? 'FBR';
      const broken: BolLineSpec =
        variant === 'ended'
          ? { product: retiredMug, method }
          : variant === 'unknown'
            ? { product: tshirt, reference: rng.pick(['SHIRT-RED-M', 'TSHIRT-ROOD-M', 'MUG-BLAUW']), method }
            : { product: first?.product ?? mug, reference: null, method };
      return { spec: { ...base, lines: [broken, ...rest] }, variant };
    }
    case 'missing-8':
      // LAMP-02 is a stock item linked to warehouse 2 only, not the main warehouse 1.
      return { spec: { ...base, lines: [{ product: lamp, method: base.lines[0]?.method ?? 'FBR' }, ...base.lines.slice(0, 1)] }, variant: 'not-linked' };
    case 'before-install':
      return { spec: base, variant: 'before-install' };
    default:
      return { spec: base, variant: null };
  }
}

function bolMaker(): OrderMaker<BolOrder> {
  let next = FIRST_NUMBER;
  return {
    name: 'bol-bulk',
    make(kind, rng, _index, createdMs, now) {
      const number = next;
      next += rng.int(1, 40);
      const { spec, variant } = specFor(kind, rng, number, createdMs, now);
      const order = bolOrder(spec);
      // YourRef is bol's orderId; the connector books what is left after cancellations.
      return { order, variant, reference: order.orderId, amount: bolOrderTotal(order), customer: `Klant Bol ${number}` };
    },
  };
}

export function buildBolBulkShop(options: BulkOptions): BulkShop<BolOrder> {
  return buildBulk(options, bolMaker(), BOL_BULK_MIX);
}

/** Checks whose outcome a variant leaves open (as in bol-checks). */
const UNSURE: Record<string, CheckNo[]> = {
  cancelled: [7, 8],
  unknown: [8],
  'no-sku': [8],
};

/** The panel's verdict on one generated order, for an e2e that opens its page. */
export function bolPanelExpectation(b: BulkOrder<BolOrder>): PanelExpect {
  return panelExpectationOf(b, `bol-bulk ${b.order.orderId} (${b.kind}${b.variant ? `, ${b.variant}` : ''})`, UNSURE);
}
