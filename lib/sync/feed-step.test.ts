import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountingClient } from '../accounting/types';
import { document, glAccounts, itemWarehouses, items, order, profile, vatCodes, warehouses } from '../checks/test-support/context-builder';
import type { Order } from '../model/order';
import { ApiError } from '../net/errors';
import type { ChangeQuery, ShopAdapter, ShopClient } from '../shops/types';
import { ImportDoctorDb, replaceDbForTests } from '../storage/db';
import { dayOf } from './feed-plan';
import { DEFAULT_SYNC_SETTINGS } from './model';
import { advanceRun, startRun, type SyncDeps } from './run';
import { keptOrders, readFeedState } from './feed-store';
import { forgetConnection, readOrders, readRun, readStatus } from './store';

/**
 * The orders phase over a change feed (as Bol.com's): the first run walks the window day by day,
 * a run 15 minutes later asks only the changes since, a longer gap walks the days since, a day that
 * cannot be read is said, and a worker stopped mid-walk resumes at the day reached.
 */
const DAY = 86_400_000;
const START = Date.parse('2026-03-04T10:00:00Z');
const PROFILE = profile();
const ZONE = 'Europe/Amsterdam';
const adapter = {
  platform: 'bol',
  displayName: 'Bol.com',
  keyIsConnectorKey: true,
  orderPageUrl: (_p: unknown, id: string) => `https://partner.bol.com/sdd/orders/${id}`,
  assessStatus: (o: Order, threshold: string) => ({ raw: o.status.raw, threshold, outcome: 'reached' as const }),
} as unknown as ShopAdapter;

interface Listed {
  order: Order;
  changedAt: number;
}

/** 40 orders, one placed every 18 hours back from now, changed 6 hours after placing; the even ones are in Exact. */
function shopWorld() {
  const listed: Listed[] = Array.from({ length: 40 }, (_, i) => {
    const placed = START - (i + 1) * 18 * 3_600_000;
    return { order: order({ orderId: String(9000 + i), orderNumber: String(9000 + i), createdAt: new Date(placed).toISOString() }), changedAt: Math.min(placed + 6 * 3_600_000, START - 60_000) };
  });
  const documents = listed.filter((_, i) => i % 2 === 0).map((l, i) => document({ id: `d${i}`, yourRef: l.order.orderNumber, number: `7${i}`, date: l.order.createdAt, amountDC: l.order.total.amount, createdAt: new Date(START - 60_000).toISOString() }));
  return { listed, documents };
}

interface Log {
  queries: (ChangeQuery & { page: string | null })[];
  details: string[];
  hangAt?: number;
  failDay?: string;
  /** The first recent query is refused as rate-limited for 40 s. */
  failFirstRecent?: boolean;
}

function depsFor(world: ReturnType<typeof shopWorld>, log: Log, clock: { now: number }): SyncDeps {
  const shop: ShopClient = {
    getOrder: async (id) => {
      log.details.push(id);
      return world.listed.find((l) => l.order.orderId === id)!.order;
    },
    probeCredentials: async () => undefined,
    changeFeed: {
      maxRecentMinutes: 60,
      maxDaysBack: 89,
      dayTimeZone: ZONE,
      detailConcurrency: 3,
      list: async (query, cursor) => {
        const call = log.queries.push({ ...query, page: cursor }) - 1;
        if (call === log.hangAt) return new Promise(() => undefined);
        if (query.kind === 'recent' && log.failFirstRecent && call === 0) {
          throw new ApiError({ kind: 'rate-limited', side: 'shop', call: 'list', httpStatus: 429, detail: 'slow down', retryAt: new Date(clock.now + 40_000).toISOString() });
        }
        if (query.kind === 'day' && query.day === log.failDay) throw new ApiError({ kind: 'malformed', side: 'shop', call: 'list', httpStatus: 200, detail: 'not JSON' });
        const matching = world.listed.filter((l) => (query.kind === 'day' ? dayOf(l.changedAt, ZONE) === query.day : l.changedAt >= clock.now - query.minutes * 60_000));
        const start = cursor === null ? 0 : Number(cursor);
        const rows = matching.slice(start, start + 1);
        return {
          changes: rows.map((l) => ({ orderId: l.order.orderId, placedAt: l.order.createdAt, changedAt: new Date(l.changedAt).toISOString() })),
          next: start + 1 < matching.length ? String(start + 1) : null,
        };
      },
    },
  };
  const accounting: AccountingClient = {
    probe: async () => undefined,
    vatCodes: async () => vatCodes(),
    glAccounts: async () => glAccounts(),
    warehouses: async () => warehouses(),
    documentsByReference: async () => [],
    itemsByCodes: async () => items(),
    itemWarehouses: async () => itemWarehouses(),
    documentsSince: async () => ({ documents: world.documents, next: null }),
  };
  let ids = 0;
  return { now: () => clock.now, newRunId: () => `run-${++ids}-${clock.now}`, settings: DEFAULT_SYNC_SETTINGS, clientsFor: async () => ({ adapter, shop, accounting }) };
}

async function runOnce(deps: SyncDeps) {
  await startRun(PROFILE, deps);
  return advanceRun(PROFILE, deps);
}

const inWindow = (world: ReturnType<typeof shopWorld>, now: number) => world.listed.filter((l) => Date.parse(l.order.createdAt) >= now - 30 * DAY);

beforeEach(() => {
  replaceDbForTests(new ImportDoctorDb(`feed-${Math.random()}`));
});

describe('change feed: the first run walks the window day by day', () => {
  it('asks every day of the window (each paged), reads each order of the window once, and classifies them all', async () => {
    const world = shopWorld();
    const log: Log = { queries: [], details: [] };
    const clock = { now: START };
    const run = await runOnce(depsFor(world, log, clock));
    expect(run).toMatchObject({ phase: 'done', failure: null });
    const days = log.queries.filter((q) => q.page === null).map((q) => (q.kind === 'day' ? q.day : 'recent'));
    expect(days[0]).toBe('2026-02-01');
    expect(days.at(-1)).toBe('2026-03-04');
    expect(new Set(days).size).toBe(days.length);
    expect(log.queries.some((q) => q.page !== null)).toBe(true);
    const expected = inWindow(world, START).map((l) => l.order.orderId).sort();
    expect([...log.details].sort()).toEqual(expected);
    const stored = await readOrders(PROFILE.id);
    expect(stored.map((o) => o.orderId).sort()).toEqual(expected);
    expect((await readStatus(PROFILE.id))?.unread).toBeUndefined();
  });
});

describe('change feed: later runs', () => {
  it('15 minutes later asks only the changes since (16 minutes), reads only the changed order, and keeps every other order counted', async () => {
    const world = shopWorld();
    const clock = { now: START };
    await runOnce(depsFor(world, { queries: [], details: [] }, clock));
    const before = await readOrders(PROFILE.id);
    clock.now = START + 15 * 60_000;
    // One order changed meanwhile (e.g. a cancellation request); everything else left bol's list long ago.
    world.listed[3]!.changedAt = clock.now - 5 * 60_000;
    const log: Log = { queries: [], details: [] };
    const run = await runOnce(depsFor(world, log, clock));
    expect(run).toMatchObject({ phase: 'done', failure: null });
    expect(log.queries).toEqual([{ kind: 'recent', minutes: 16, page: null }]);
    expect(log.details).toEqual([world.listed[3]!.order.orderId]);
    const after = await readOrders(PROFILE.id);
    const stillIn = new Set(inWindow(world, clock.now).map((l) => l.order.orderId));
    expect(after.map((o) => [o.orderId, o.class]).sort()).toEqual(before.filter((o) => stillIn.has(o.orderId)).map((o) => [o.orderId, o.class]).sort());
    expect(after.length).toBeGreaterThan(30);
  });

  it('after more than an hour without a run, walks the days since the last listing instead', async () => {
    const world = shopWorld();
    const clock = { now: START };
    await runOnce(depsFor(world, { queries: [], details: [] }, clock));
    clock.now = START + 26 * 3_600_000; // the next day, 12:00 in Amsterdam
    const log: Log = { queries: [], details: [] };
    await runOnce(depsFor(world, log, clock));
    expect(log.queries.map((q) => (q.kind === 'day' ? q.day : `recent ${q.minutes}`))).toEqual(['2026-03-04', '2026-03-05']);
    // Nothing changed: nothing is read again.
    expect(log.details).toEqual([]);
    // The window moved on a day: orders placed before it are forgotten.
    expect((await readOrders(PROFILE.id)).map((o) => o.orderId).sort()).toEqual(inWindow(world, clock.now).map((l) => l.order.orderId).sort());
  });

  it('a day that cannot be read is stored and said in the status, and asked again on the next run', async () => {
    const world = shopWorld();
    const clock = { now: START };
    const failDay = dayOf(world.listed[5]!.changedAt, ZONE);
    const run = await runOnce(depsFor(world, { queries: [], details: [], failDay }, clock));
    expect(run).toMatchObject({ phase: 'done', failure: null });
    expect((await readStatus(PROFILE.id))?.unread).toEqual([{ day: failDay, reason: 'error' }]);
    clock.now = START + 15 * 60_000;
    const log: Log = { queries: [], details: [] };
    await runOnce(depsFor(world, log, clock));
    expect(log.queries.filter((q) => q.page === null).map((q) => (q.kind === 'day' ? q.day : 'recent'))).toEqual([failDay, '2026-03-04']);
    expect((await readStatus(PROFILE.id))?.unread).toBeUndefined();
    expect(log.details).toContain(world.listed[5]!.order.orderId);
  });
});

describe('change feed: a worker stopped mid-walk', () => {
  it('resumes at the day and page reached, asking no earlier day again', async () => {
    const world = shopWorld();
    const clock = { now: START };
    const first: Log = { queries: [], details: [], hangAt: 20 };
    const deps = depsFor(world, first, clock);
    await startRun(PROFILE, deps);
    void advanceRun(PROFILE, deps); // never finishes: its 21st list call never answers
    await vi.waitFor(() => expect(first.queries).toHaveLength(21), { timeout: 5000 });
    const stopped = await readRun(PROFILE.id);
    expect(stopped?.phase).toBe('orders');
    const reached = stopped?.feed;
    expect(reached?.index).toBeGreaterThan(0);
    // A new worker: the alarm advances the same run.
    const second: Log = { queries: [], details: [] };
    const run = await advanceRun(PROFILE, depsFor(world, second, clock));
    expect(run).toMatchObject({ phase: 'done', runId: stopped?.runId });
    const hung = first.queries[20]!;
    expect(second.queries[0]).toEqual(hung);
    const asked = (log: Log) => log.queries.map((q) => `${q.kind === 'day' ? q.day : 'recent'}|${q.page ?? ''}`);
    expect(asked(second).filter((q) => asked(first).slice(0, 20).includes(q))).toEqual([]);
    expect((await readOrders(PROFILE.id)).map((o) => o.orderId).sort()).toEqual(inWindow(world, START).map((l) => l.order.orderId).sort());
  });
});

describe('change feed: a pause between plan and call', () => {
  it('counts the minutes when it asks, so the changes during the pause are not missed', async () => {
    const world = shopWorld();
    const clock = { now: START };
    await runOnce(depsFor(world, { queries: [], details: [] }, clock));
    clock.now = START + 15 * 60_000;
    const log: Log = { queries: [], details: [], failFirstRecent: true };
    const deps = depsFor(world, log, clock);
    await startRun(PROFILE, deps);
    const paused = await advanceRun(PROFILE, deps);
    expect(paused).toMatchObject({ phase: 'orders', pauseReason: 'rate-limit' });
    clock.now = Date.parse(paused!.pausedUntil!);
    const run = await advanceRun(PROFILE, deps);
    expect(run).toMatchObject({ phase: 'done', failure: null });
    const recent = log.queries.map((q) => (q.kind === 'recent' ? q.minutes : null));
    expect(recent[0]).toBe(16);
    expect(recent.at(-1)).toBe(16 + Math.ceil((clock.now - (START + 15 * 60_000)) / 60_000));
  });
});

describe('change feed: a deleted connection', () => {
  it('forgets the kept orders and the feed state with the rest', async () => {
    const world = shopWorld();
    await runOnce(depsFor(world, { queries: [], details: [] }, { now: START }));
    expect((await keptOrders(PROFILE.id, [world.listed[0]!.order.orderId])).size).toBe(1);
    await forgetConnection(PROFILE.id);
    expect((await keptOrders(PROFILE.id, [world.listed[0]!.order.orderId])).size).toBe(0);
    expect(await readFeedState(PROFILE.id)).toBeNull();
  });
});
