import { describe, expect, it } from 'vitest';
import type { Order } from '../../../lib/model/order';
import { ApiError } from '../../../lib/net/errors';
import { bolAdapter } from '../../../lib/shops/bol';
import { createBolClient } from '../../../lib/shops/bol/client';
import { BOL_ORDERS_PAGE_SIZE } from '../../../lib/shops/bol/facts';
import { createBolTokenCache, memoryTokenStore } from '../../../lib/shops/bol/token';
import type { HttpDeps } from '../../../lib/net/http';
import { createBolHosts } from '../bol/hosts';
import { RATE_LIMITS } from '../bol/facts';
import { bolBulk } from './bol-bulk';
import { classKey } from './bulk-truth';
import { hostFetch, type HostCall } from './host-fetch';
import { reconcileInProcess } from './reconcile-in-process';
import type { Scenario } from './types';

/**
 * The product's own paged read (Bol.com listOrders: a list page of 50, newest first, no date
 * filter, then one detail call per order of the window) against the sandbox's bol.com hosts
 * serving the generated shop, with bol's rate limits (list 25 a minute, detail 25 a second), and
 * the product's whole reconciliation over it: every order of the window once, ⌊N / 50⌋ + 1 list
 * calls and one detail call per order of the window, every stored class as the ground truth says.
 */
const DAY = 86_400_000;
const NOW = Date.parse('2025-06-30T13:37:00Z');
const SINCE = new Date(NOW - 30 * DAY).toISOString();

function bolClient(s: Scenario, http: HttpDeps) {
  const connection = s.connections[0];
  if (!connection || connection.shopCredentials.platform !== 'bol') throw new Error(`${s.name}: no Bol.com connection`);
  const { clientId, clientSecret } = connection.shopCredentials;
  return createBolClient(connection.profile, { clientId, clientSecret }, http, { tokens: createBolTokenCache({ store: memoryTokenStore() }) });
}

interface Paged {
  orders: Order[];
  calls: HostCall[];
  sleeps: number[];
  /** Waits the client could not sleep (over 5 s): the run pauses for them; here the clock jumps. */
  pauses: number[];
  elapsedMs: number;
}

async function pageBol(s: Scenario): Promise<Paged> {
  let clockNow = (): number => NOW;
  const io = hostFetch(createBolHosts(s.bol ?? { accounts: [] }, { now: () => clockNow() }).hosts, NOW);
  clockNow = io.deps.now;
  const client = bolClient(s, io.deps);
  const orders: Order[] = [];
  const pauses: number[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 1000; page += 1) {
    let result: Awaited<ReturnType<NonNullable<typeof client.listOrders>>> | undefined;
    try {
      result = await client.listOrders?.(SINCE, cursor);
    } catch (error) {
      // As the reconciliation does: a rate limit the worker may not sleep pauses the run until then.
      const retryAt = error instanceof ApiError && error.failure.kind === 'rate-limited' ? error.failure.retryAt : undefined;
      if (!retryAt) throw error;
      pauses.push(Date.parse(retryAt) - io.clock.now);
      io.clock.now = Math.max(io.clock.now, Date.parse(retryAt));
      page -= 1;
      continue;
    }
    if (!result) throw new Error('no listOrders');
    orders.push(...result.orders);
    cursor = result.next;
    if (cursor === null) break;
  }
  return { orders, calls: io.calls, sleeps: io.sleeps, pauses, elapsedMs: io.clock.now - NOW };
}

const isList = (c: HostCall): boolean => c.host === 'api.bol.com' && c.url.pathname === '/retailer/orders';
const isDetail = (c: HostCall): boolean => c.host === 'api.bol.com' && c.url.pathname.startsWith('/retailer/orders/');

describe.each([300, 2_000])('bol-bulk (%i orders) through the product’s paged reads', (count) => {
  const s = bolBulk({ now: NOW, orders: count });
  const classes = s.reconciliation?.classes ?? {};
  const windowIds = Object.keys(classes);
  const listPages = Math.floor(count / BOL_ORDERS_PAGE_SIZE) + 1;

  it('lists every order of the window once: ⌊N / 50⌋ + 1 list calls, one detail call per order of the window, within bol’s rate limits', async () => {
    const { orders, calls, sleeps, pauses, elapsedMs } = await pageBol(s);
    expect(orders.map((o) => o.orderId).sort()).toEqual([...windowIds].sort());
    const lists = calls.filter((c) => isList(c) && c.status === 200);
    const details = calls.filter((c) => isDetail(c) && c.status === 200);
    const refused = calls.filter((c) => c.status === 429);
    // The list has no date filter: every page is read until a short one (300 = 6 × 50: a 7th, empty `{}`).
    expect(lists).toHaveLength(listPages);
    expect(details).toHaveLength(windowIds.length);
    expect(new Set(details.map((c) => c.url.pathname)).size).toBe(windowIds.length);
    expect(calls.filter((c) => c.host === 'login.bol.com')).toHaveLength(1);
    expect(calls.filter((c) => c.status !== 200 && c.status !== 429)).toEqual([]);
    // 25 detail calls a second: the client reads bol's x-ratelimit headers and waits for the
    // refill before the window is used up, so no detail call is refused; it never sleeps long.
    expect(refused.filter(isDetail)).toEqual([]);
    expect(sleeps.length).toBeGreaterThan(0);
    expect(sleeps.every((ms) => ms <= 5000)).toBe(true);
    // 25 list calls a minute: beyond that the wait is too long to sleep, and the run pauses.
    if (listPages > RATE_LIMITS.list.limit) expect(pauses.length).toBeGreaterThan(0);
    else expect(pauses).toEqual([]);
    expect(pauses.every((ms) => ms > 5000 && ms <= RATE_LIMITS.list.windowMs)).toBe(true);
    console.info(
      `bol-bulk (${count} orders, ${windowIds.length} in the window): 1 token, ${lists.length} list calls, ${details.length} detail calls, ` +
        `${refused.length} answered 429 and retried, ${pauses.length} pause(s) for the list limit, ${(elapsedMs / 1000).toFixed(0)} s on the fake clock`,
    );
  }, 60_000);

  it('the product’s reconciliation stores every order of the window with its ground-truth class', async () => {
    const result = await reconcileInProcess(s, NOW, (now) => createBolHosts(s.bol ?? { accounts: [] }, { now }).hosts, bolAdapter, (http) => bolClient(s, http));
    expect(result.run).toMatchObject({ phase: 'done', failure: null });
    expect(result.orders).toHaveLength(windowIds.length);
    const got = Object.fromEntries(result.orders.map((o) => [o.orderId, classKey(o)]));
    const want = Object.fromEntries(Object.entries(classes).map(([id, t]) => [id, classKey(t)]));
    expect(got).toEqual(want);
  }, 60_000);
});
