import type { ShopifyOrder } from '../../shopify/world';
import type { OrderExpectation, Scenario } from '../types';
import { PRODUCTS, type Product } from './catalogue';
import type { SalesOrderSpec } from './exact-division';
import { seededRng, type Rng } from './prng';
import { shopifyOrder, type LineSpec, type OrderSpec } from './shopify-order';
import { DAY_MS } from './time';

/**
 * A generated Shopify shop for the reconciliation: N orders over the last weeks, each of a known
 * class, deterministic from a seed (and `now`). The Exact side books the imported ones as sales
 * orders (YourRef = order number, same day, same amount, `Created` a few minutes after the order at
 * the connector's 15-minute runs, the newest about two hours ago); the rest are missing for a known
 * reason, waiting, or placed before the connector was installed. Orders older than the window are
 * there too, and must be ignored.
 */

export type ReconClass = NonNullable<Scenario['reconciliation']>['classes'][string]['class'];
export type Truth = NonNullable<Scenario['reconciliation']>['classes'][string];

/** What the reconciliation must conclude, and why the data says so. */
export type Kind =
  | 'imported'
  | 'imported-before-install'
  | 'before-install'
  | 'waiting-new'
  | 'waiting-unpaid'
  | 'missing-3'
  | 'missing-4'
  | 'missing-5'
  | 'missing-6'
  | 'missing-7'
  | 'missing-8'
  | 'outside-window';

/**
 * Shares of all orders per kind; `imported` takes what is left. Each non-zero share gets at least
 * one order, so every class and every failing check is present even in a small shop.
 */
export const DEFAULT_MIX: Readonly<Record<Exclude<Kind, 'imported'>, number>> = {
  'outside-window': 0.03,
  'before-install': 0.2,
  'imported-before-install': 0.02,
  'waiting-new': 0.01,
  'waiting-unpaid': 0.02,
  'missing-3': 0.015,
  'missing-4': 0.015,
  'missing-5': 0.015,
  'missing-6': 0.015,
  'missing-7': 0.015,
  'missing-8': 0.015,
};

export interface BulkShopOptions {
  orders: number;
  seed: number;
  now: number;
  windowDays?: number;
  /** Days before `now` the connector was installed (inside the window). */
  installedDaysAgo?: number;
  /** The connector's last run, before `now`. */
  lastRunMsAgo?: number;
  mix?: Readonly<Record<Exclude<Kind, 'imported'>, number>>;
}

export interface BulkOrder {
  order: ShopifyOrder;
  kind: Kind;
  /** Which way the order fails or waits (fix key suffix), e.g. 'cancelled', 'unknown'. */
  variant: string | null;
  truth: Truth | null;
}

export interface BulkShop {
  orders: BulkOrder[];
  salesOrders: SalesOrderSpec[];
  installedAt: string;
  /** The newest `Created` among the connector's documents: its last run as the books tell it. */
  lastConnectorRun: string;
  windowStart: string;
  counts: Record<Kind, number>;
}

export const KINDS: readonly Kind[] = [
  'imported', 'imported-before-install', 'before-install', 'waiting-new', 'waiting-unpaid',
  'missing-3', 'missing-4', 'missing-5', 'missing-6', 'missing-7', 'missing-8', 'outside-window',
];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The connector runs every quarter of an hour. */
const RUN_INTERVAL = 15 * MINUTE;

/** How many orders of each kind: shares rounded, at least one each, the rest imported. */
export function planCounts(total: number, mix: BulkShopOptions['mix'] = DEFAULT_MIX): Record<Kind, number> {
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  let used = 0;
  for (const [kind, share] of Object.entries(mix) as [Exclude<Kind, 'imported'>, number][]) {
    counts[kind] = share > 0 ? Math.max(1, Math.round(total * share)) : 0;
    used += counts[kind];
  }
  if (used >= total) throw new Error(`shopify-bulk: ${total} orders are too few for the mix (needs more than ${used})`);
  counts.imported = total - used;
  return counts;
}

const cents = (amount: string): number => Math.round(Number(amount) * 100);
const iso = (ms: number): string => new Date(ms).toISOString();

/** The calendar day of an instant in Amsterdam, as Exact stores a date (midnight UTC of that day). */
const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });
const exactDay = (ms: number): string => `${amsterdamDay.format(new Date(ms))}T00:00:00.000Z`;

const { tshirt, mug, cookbook, giftWrap, retiredMug, lamp } = PRODUCTS;
const HEALTHY_PRODUCTS: readonly Product[] = [tshirt, mug, cookbook, giftWrap];

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

function truthFor(kind: Kind): Truth | null {
  switch (kind) {
    case 'imported':
    case 'imported-before-install':
      return { class: 'imported' };
    case 'before-install':
      return { class: 'before-install', checkId: 1 };
    case 'waiting-new':
      return { class: 'waiting' };
    case 'waiting-unpaid':
      return { class: 'waiting', checkId: 3 };
    case 'outside-window':
      return null;
    default:
      return { class: 'missing', checkId: Number(kind.slice('missing-'.length)) };
  }
}

export function buildBulkShop(options: BulkShopOptions): BulkShop {
  const { now, seed } = options;
  const rng = seededRng(seed);
  const windowDays = options.windowDays ?? 30;
  const windowStart = now - windowDays * DAY_MS;
  const installedAt = now - (options.installedDaysAgo ?? 20) * DAY_MS;
  const lastRun = now - (options.lastRunMsAgo ?? 2 * HOUR);
  if (!(windowStart < installedAt && installedAt < lastRun && lastRun < now)) throw new Error('shopify-bulk: window, installation and last run out of order');
  const counts = planCounts(options.orders, options.mix);

  // Time ranges per kind, with margins: a run a few minutes after the build sees the same classes.
  const between = (from: number, to: number): number => from + Math.floor(rng.next() * (to - from));
  const timeFor = (kind: Kind): number => {
    switch (kind) {
      case 'outside-window': return between(now - 50 * DAY_MS, windowStart - 2 * DAY_MS);
      case 'before-install':
      case 'imported-before-install': return between(windowStart + 2 * HOUR, installedAt - 5 * MINUTE);
      case 'imported': return between(installedAt + 5 * MINUTE, lastRun - 5 * MINUTE);
      case 'waiting-new': return between(lastRun + 2 * MINUTE, now - 2 * MINUTE);
      default: return between(installedAt + 5 * MINUTE, now - 2 * MINUTE);
    }
  };
  const kinds = rng.shuffle(KINDS.flatMap((kind) => Array.from({ length: counts[kind] }, () => kind)));
  const timed = kinds.map((kind) => ({ kind, at: timeFor(kind) }));
  // The connector's newest document: an order placed just before its last run.
  const newest = timed.find((t) => t.kind === 'imported');
  if (newest) newest.at = lastRun - 6 * MINUTE;
  timed.sort((a, b) => a.at - b.at);

  const orders: BulkOrder[] = [];
  const salesOrders: SalesOrderSpec[] = [];
  timed.forEach(({ kind, at }, index) => {
    const number = 1001 + index;
    const { spec, variant } = specFor(kind, rng, number, at, now);
    const order = shopifyOrder(spec);
    orders.push({ order, kind, variant, truth: truthFor(kind) });
    const amount = cents(order.totalPrice) / 100;
    const book = (created: number): void => {
      salesOrders.push({
        orderNumber: 100_000 + salesOrders.length, yourRef: String(number), orderDate: exactDay(at), amountDC: amount,
        customer: `Klant ${number}`, created: iso(created),
      });
    };
    if (kind === 'imported') {
      // Booked by the first 15-minute run at least a minute after the order, within seconds.
      const runsBefore = Math.floor((lastRun - (at + MINUTE)) / RUN_INTERVAL);
      book(Math.min(lastRun - runsBefore * RUN_INTERVAL + rng.int(0, 40) * 1000, lastRun));
    } else if (kind === 'imported-before-install') {
      book(installedAt + rng.int(1, 72) * HOUR);
    } else if (kind === 'outside-window' && rng.next() < 0.7) {
      book(at + rng.int(2, 14) * MINUTE);
    } else if (kind === 'missing-5') {
      // Another shop's order with the same number: days earlier, another amount (check 5).
      const date = at - rng.int(3, 9) * DAY_MS;
      salesOrders.push({
        orderNumber: 800_000 + salesOrders.length, yourRef: String(number), orderDate: exactDay(date),
        amountDC: amount + rng.int(5, 50), customer: 'Marktplaats klant', created: iso(date + rng.int(8, 18) * HOUR),
      });
    }
  });
  const lastConnectorRun = salesOrders.reduce((max, s) => Math.max(max, Date.parse(s.created ?? '')), 0);
  return { orders, salesOrders, installedAt: iso(installedAt), lastConnectorRun: iso(lastConnectorRun), windowStart: iso(windowStart), counts };
}

type Outcomes = NonNullable<OrderExpectation['outcomes']>;
type Expect = Omit<OrderExpectation, 'connectionId' | 'orderId' | 'adminUrl'>;

/** VEX is mapped but blocked: every order that does not need it warns on check 4 (never blocks). */
const HEALTHY: Outcomes = { 1: 'pass', 2: 'pass', 3: 'pass', 4: 'warn', 5: 'pass', 6: 'pass', 7: 'pass', 8: 'pass' };

/** Checks whose outcome a variant leaves open (as in shopify-checks). */
const UNSURE: Record<string, (keyof Outcomes)[]> = {
  cancelled: [7, 8],
  'no-country': [4],
  unknown: [8],
  'no-sku': [8],
};

/** The panel's verdict on one generated order, for an e2e that opens its page. */
export function panelExpectation(b: BulkOrder): Expect {
  const note = `shopify-bulk ${b.order.name} (${b.kind}${b.variant ? `, ${b.variant}` : ''})`;
  switch (b.kind) {
    case 'imported':
    case 'imported-before-install':
      return { verdict: 'already-imported', outcomes: { ...HEALTHY, ...(b.kind === 'imported-before-install' ? { 1: 'fail' } : {}) }, note };
    case 'waiting-new':
      return { verdict: 'will-import', outcomes: HEALTHY, note };
    default: {
      const check = b.kind === 'before-install' ? 1 : b.kind === 'waiting-unpaid' ? 3 : Number(b.kind.slice('missing-'.length));
      const outcomes: Outcomes = { ...HEALTHY, [check]: 'fail' };
      for (const c of UNSURE[b.variant ?? ''] ?? []) delete outcomes[c];
      return { verdict: 'will-not-import', failingCheck: check, fix: `check.${check}.fix.${b.variant ?? ''}`, outcomes, note };
    }
  }
}

/** One order of each kind (the first placed), each missing order's variant once more if it differs. */
export function sampleForPanel(orders: readonly BulkOrder[]): BulkOrder[] {
  const seen = new Set<string>();
  const sample: BulkOrder[] = [];
  for (const b of orders) {
    if (b.kind === 'outside-window') continue;
    const key = b.kind.startsWith('missing-') ? `${b.kind}/${b.variant ?? ''}` : b.kind;
    if (seen.has(key)) continue;
    seen.add(key);
    sample.push(b);
  }
  return sample;
}
