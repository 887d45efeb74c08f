import 'fake-indexeddb/auto';
import { BOL_LATEST_CHANGE_MAX_DAYS, BOL_MAX_CHANGE_INTERVAL_MINUTES, BOL_ORDERS_PAGE_SIZE } from '../../lib/shops/bol/facts';
import { readOrders } from '../../lib/sync/store';
import { RATE_LIMITS } from '../sandbox/bol/facts';
import { bolBulk } from '../sandbox/scenarios/bol-bulk';
import { bolSeller, isBolDetail, isBolList, isBolToken, type SellerRun } from '../sandbox/scenarios/bol-feed-seller';
import { table } from './table';

/**
 * bol.com calls per reconciliation run, for a seller with 1,000 and with 10,000 orders a month:
 * the first run's 30-day backfill (day by day with latest-change-date), a follow-up 15 minutes
 * later (change-interval-minute), and one after a 2-hour gap (the days since, walked again). The
 * product's own lib/sync and Bol.com client against the sandbox's bol.com hosts, in process on a
 * fake clock (bol's rate limits are enforced there; a pause jumps the clock), so a 10,000-order
 * backfill takes seconds here and its real duration is given from bol's limits.
 */
const HOUR = 3_600_000;
const count = (n: number) => n.toLocaleString('en-US');

interface Row {
  label: string;
  result: SellerRun;
}

/** Orders that change in `minutes` for a seller with `perMonth` orders: each is placed and later handled. */
const changesIn = (perMonth: number, minutes: number) => Math.max(1, Math.round((perMonth * 2 * minutes) / (30 * 24 * 60)));

async function seller(perMonth: number): Promise<{ rows: Row[]; classified: number; window: number }> {
  const start = Date.now();
  const s = bolBulk({ orders: perMonth, seed: 1, now: start, name: `bol-bulk-${perMonth}` });
  const shop = bolSeller(s, start);
  const rows: Row[] = [{ label: 'first run: 30-day backfill', result: await shop.run() }];
  const classified = (await readOrders(shop.profile.id)).length;

  const account = s.bol!.accounts[0]!;
  const open = account.orders.filter((o) => o.orderItems.some((i) => i.quantityShipped + i.quantityCancelled < i.quantity));
  const touch = (k: number) => {
    for (const order of open.slice(0, k)) for (const item of order.orderItems) item.latestChangedDateTime = new Date(shop.io.clock.now - 60_000).toISOString();
  };
  shop.io.clock.now += 15 * 60_000;
  touch(changesIn(perMonth, 15));
  rows.push({ label: `15 minutes later (${changesIn(perMonth, 15)} order(s) changed)`, result: await shop.run() });
  shop.io.clock.now += 2 * HOUR;
  touch(changesIn(perMonth, 120));
  rows.push({ label: `after a 2-hour gap (${changesIn(perMonth, 120)} changed)`, result: await shop.run() });
  return { rows, classified, window: Object.keys(s.reconciliation?.classes ?? {}).length };
}

/** The least time bol's limits allow for these calls: list calls per minute, detail calls per second. */
function floorSeconds(lists: number, details: number): number {
  const listWindows = Math.max(0, Math.ceil(lists / RATE_LIMITS.list.limit) - 1) * (RATE_LIMITS.list.windowMs / 1000);
  const detailWindows = Math.max(0, Math.ceil(details / RATE_LIMITS.single.limit) - 1) * (RATE_LIMITS.single.windowMs / 1000);
  return Math.max(listWindows, detailWindows);
}

export async function benchBolFeed(perMonth: readonly number[]): Promise<string> {
  const lines: string[] = [];
  const cells: string[][] = [];
  for (const n of perMonth) {
    process.stderr.write(`bol.com reconciliation: ${count(n)} orders a month\n`);
    const { rows, classified, window } = await seller(n);
    lines.push(`${count(n)} orders a month: ${count(window)} in the 30-day window, ${count(classified)} stored with a class after the first run`);
    for (const { label, result } of rows) {
      const lists = result.calls.filter(isBolList).length;
      const details = result.calls.filter(isBolDetail).length;
      const refused = result.calls.filter((c) => c.status === 429).length;
      const days = new Set(result.calls.filter(isBolList).map((c) => c.url.searchParams.get('latest-change-date')).filter((d) => d !== null)).size;
      const recent = result.calls.filter(isBolList).map((c) => c.url.searchParams.get('change-interval-minute')).find((m) => m !== null);
      cells.push([
        count(n),
        label,
        days > 0 ? `${days} days` : `last ${recent ?? '?'} min`,
        count(result.calls.filter(isBolToken).length),
        count(lists),
        count(details),
        count(refused),
        count(result.pauses),
        `${floorSeconds(lists, details).toFixed(0)} s`,
        result.run?.phase === 'done' && result.run.failure === null ? 'done' : `NOT DONE (${result.run?.failure?.kind ?? result.run?.phase ?? '?'})`,
      ]);
    }
  }
  return [
    'Bol.com reconciliation: bol.com calls per run (in process: lib/sync + the Bol.com client against the sandbox, fake clock)',
    '',
    ...lines,
    '',
    table(['orders/month', 'run', 'asked', 'token', 'list calls', 'detail calls', '429s', 'pauses', 'least time by the limits', 'result'], cells, [0, 3, 4, 5, 6, 7, 8]),
    '',
    `bol's documented limits beside them: the plain list holds open orders and those handled in the last 48 hours, newest first, ` +
      `${BOL_ORDERS_PAGE_SIZE} a page; change-interval-minute ≤ ${BOL_MAX_CHANGE_INTERVAL_MINUTES} (poll every 5–15 minutes, bol advises); ` +
      `latest-change-date up to 3 months back (≥ ${BOL_LATEST_CHANGE_MAX_DAYS} days). Rate limits (third-party copy of bol's table, ` +
      `as the sandbox enforces them): GET /retailer/orders ${RATE_LIMITS.list.limit} a minute, GET /retailer/orders/{id} ${RATE_LIMITS.single.limit} a second. ` +
      `"least time" is what those limits allow for the run's calls at best; the run pauses (alarm) over a list window instead of sleeping.`,
  ].join('\n');
}
