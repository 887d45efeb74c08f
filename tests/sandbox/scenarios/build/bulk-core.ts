import type { OrderExpectation, Scenario } from '../types';
import { PRODUCTS, type Product } from './catalogue';
import type { SalesOrderSpec } from './exact-division';
import { seededRng, type Rng } from './prng';
import { DAY_MS } from './time';

/**
 * The platform-neutral part of a generated shop for the reconciliation: N orders over the last
 * weeks, each of a known kind, deterministic from a seed (and `now`), and the Exact side that goes
 * with them. The connector books the imported ones as sales orders (YourRef = the order's
 * reference, same day, same amount, `Created` a few minutes after the order at its 15-minute runs,
 * the newest about two hours ago); the rest are missing for a known reason, waiting, or placed
 * before the connector was installed. Orders older than the window are there too, and must be
 * ignored. Each platform brings its own order maker (bulk-shop.ts for Shopify,
 * woocommerce-bulk-shop.ts, bol-bulk-shop.ts).
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

/** Shares of all orders per kind (`imported` takes what is left); a kind left out does not occur. */
export type Mix = Readonly<Partial<Record<Exclude<Kind, 'imported'>, number>>>;

/**
 * Every kind, for a platform where each can happen. Each non-zero share gets at least one order,
 * so every class and every failing check is present even in a small shop.
 */
export const FULL_MIX: Readonly<Record<Exclude<Kind, 'imported'>, number>> = {
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

/** The order the kinds are dealt in: part of the seed's meaning, so never reorder it. */
export const KINDS: readonly Kind[] = [
  'imported', 'imported-before-install', 'before-install', 'waiting-new', 'waiting-unpaid',
  'missing-3', 'missing-4', 'missing-5', 'missing-6', 'missing-7', 'missing-8', 'outside-window',
];

export interface BulkOptions {
  orders: number;
  seed: number;
  now: number;
  windowDays?: number;
  /** Days before `now` the connector was installed (inside the window). */
  installedDaysAgo?: number;
  /** The connector's last run, before `now`. */
  lastRunMsAgo?: number;
  mix?: Mix;
}

export interface BulkOrder<O> {
  order: O;
  kind: Kind;
  /** Which way the order fails or waits (fix key suffix), e.g. 'cancelled', 'unknown'. */
  variant: string | null;
  truth: Truth | null;
}

export interface BulkShop<O> {
  orders: BulkOrder<O>[];
  salesOrders: SalesOrderSpec[];
  installedAt: string;
  /** The newest `Created` among the connector's documents: its last run as the books tell it. */
  lastConnectorRun: string;
  windowStart: string;
  counts: Record<Kind, number>;
}

/** One generated order as its platform shapes it, and what the connector would book for it. */
export interface MadeOrder<O> {
  order: O;
  variant: string | null;
  /** What the connector writes into YourRef. */
  reference: string;
  /** Total including VAT, as the connector books it (AmountDC). */
  amount: number;
  /** The customer name on the sales order. */
  customer: string;
}

export interface OrderMaker<O> {
  /** Names the generator in errors, e.g. 'woocommerce-bulk'. */
  name: string;
  /** The order of one kind; `index` is its place in time (0 = oldest). Draws from `rng` only. */
  make(kind: Kind, rng: Rng, index: number, createdMs: number, now: number): MadeOrder<O>;
}

/** What healthy generated orders are made of: items every division of the demo knows and links. */
export const HEALTHY_PRODUCTS: readonly Product[] = [PRODUCTS.tshirt, PRODUCTS.mug, PRODUCTS.cookbook, PRODUCTS.giftWrap];

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
/** The connector runs every quarter of an hour. */
const RUN_INTERVAL = 15 * MINUTE;

export const iso = (ms: number): string => new Date(ms).toISOString();

/** The calendar day of an instant in Amsterdam, as Exact stores a date (midnight UTC of that day). */
const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });
const exactDay = (ms: number): string => `${amsterdamDay.format(new Date(ms))}T00:00:00.000Z`;

/** How many orders of each kind: shares rounded, at least one per non-zero share, the rest imported. */
export function planCounts(total: number, mix: Mix, name: string): Record<Kind, number> {
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  let used = 0;
  for (const [kind, share] of Object.entries(mix) as [Exclude<Kind, 'imported'>, number][]) {
    counts[kind] = share > 0 ? Math.max(1, Math.round(total * share)) : 0;
    used += counts[kind];
  }
  if (used >= total) throw new Error(`${name}: ${total} orders are too few for the mix (needs more than ${used})`);
  counts.imported = total - used;
  return counts;
}

export function truthFor(kind: Kind): Truth | null {
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

export function buildBulk<O>(options: BulkOptions, maker: OrderMaker<O>, defaultMix: Mix): BulkShop<O> {
  const { now, seed } = options;
  const rng = seededRng(seed);
  const windowDays = options.windowDays ?? 30;
  const windowStart = now - windowDays * DAY_MS;
  const installedAt = now - (options.installedDaysAgo ?? 20) * DAY_MS;
  const lastRun = now - (options.lastRunMsAgo ?? 2 * HOUR);
  if (!(windowStart < installedAt && installedAt < lastRun && lastRun < now)) throw new Error(`${maker.name}: window, installation and last run out of order`);
  const counts = planCounts(options.orders, options.mix ?? defaultMix, maker.name);

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

  const orders: BulkOrder<O>[] = [];
  const salesOrders: SalesOrderSpec[] = [];
  timed.forEach(({ kind, at }, index) => {
    const made = maker.make(kind, rng, index, at, now);
    orders.push({ order: made.order, kind, variant: made.variant, truth: truthFor(kind) });
    const book = (created: number): void => {
      salesOrders.push({
        orderNumber: 100_000 + salesOrders.length, yourRef: made.reference, orderDate: exactDay(at), amountDC: made.amount,
        customer: made.customer, created: iso(created),
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
      // Another order with the same reference: days earlier, another amount (check 5).
      const date = at - rng.int(3, 9) * DAY_MS;
      salesOrders.push({
        orderNumber: 800_000 + salesOrders.length, yourRef: made.reference, orderDate: exactDay(date),
        amountDC: made.amount + rng.int(5, 50), customer: 'Marktplaats klant', created: iso(date + rng.int(8, 18) * HOUR),
      });
    }
  });
  const lastConnectorRun = salesOrders.reduce((max, s) => Math.max(max, Date.parse(s.created ?? '')), 0);
  return { orders, salesOrders, installedAt: iso(installedAt), lastConnectorRun: iso(lastConnectorRun), windowStart: iso(windowStart), counts };
}

type Outcomes = NonNullable<OrderExpectation['outcomes']>;
export type CheckNo = keyof Outcomes;
export type PanelExpect = Omit<OrderExpectation, 'connectionId' | 'orderId' | 'adminUrl'>;

/**
 * VEX is mapped but blocked in the demo division: every order that does not need it warns on
 * check 4 (never blocks).
 */
const HEALTHY: Outcomes = { 1: 'pass', 2: 'pass', 3: 'pass', 4: 'warn', 5: 'pass', 6: 'pass', 7: 'pass', 8: 'pass' };

/**
 * The panel's verdict on one generated order, for an e2e that opens its page. `unsure` names,
 * per variant, the checks whose outcome that way of failing leaves open (as the platform's
 * hand-made check scenario does).
 */
export function panelExpectationOf(b: BulkOrder<unknown>, note: string, unsure: Readonly<Record<string, readonly CheckNo[]>>): PanelExpect {
  switch (b.kind) {
    case 'imported':
    case 'imported-before-install':
      return { verdict: 'already-imported', outcomes: { ...HEALTHY, ...(b.kind === 'imported-before-install' ? { 1: 'fail' } : {}) }, note };
    case 'waiting-new':
      return { verdict: 'will-import', outcomes: HEALTHY, note };
    default: {
      const check = b.kind === 'before-install' ? 1 : b.kind === 'waiting-unpaid' ? 3 : Number(b.kind.slice('missing-'.length));
      const outcomes: Outcomes = { ...HEALTHY, [check]: 'fail' };
      for (const c of unsure[b.variant ?? ''] ?? []) delete outcomes[c];
      return { verdict: 'will-not-import', failingCheck: check, fix: `check.${check}.fix.${b.variant ?? ''}`, outcomes, note };
    }
  }
}

/** One order of each kind (the first placed), each missing order's variant once more if it differs. */
export function sampleForPanel<O>(orders: readonly BulkOrder<O>[]): BulkOrder<O>[] {
  const seen = new Set<string>();
  const sample: BulkOrder<O>[] = [];
  for (const b of orders) {
    if (b.kind === 'outside-window') continue;
    const key = b.kind.startsWith('missing-') ? `${b.kind}/${b.variant ?? ''}` : b.kind;
    if (seen.has(key)) continue;
    seen.add(key);
    sample.push(b);
  }
  return sample;
}

/** `n imported, n before installation, …`: the classes of a generated shop, for its description. */
export function describeCounts(c: Record<Kind, number>, windowDays = 30): string {
  const missing = c['missing-3'] + c['missing-4'] + c['missing-5'] + c['missing-6'] + c['missing-7'] + c['missing-8'];
  const checks = KINDS.filter((k) => k.startsWith('missing-') && c[k] > 0).map((k) => k.slice('missing-'.length));
  return (
    `${c.imported + c['imported-before-install']} imported, ${c['before-install']} before installation, ` +
    `${c['waiting-new'] + c['waiting-unpaid']} waiting, ${missing} missing (checks ${checks.join(', ')}), ` +
    `${c['outside-window']} older than the ${windowDays}-day window.`
  );
}
