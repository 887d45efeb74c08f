import { beforeEach, describe, expect, it } from 'vitest';
import type { AccountingClient } from '../accounting/types';
import { document, glAccounts, itemWarehouses, items, order, profile, vatCodes, warehouses } from '../checks/test-support/context-builder';
import type { AccountingDocument } from '../model/accounting';
import type { Failure } from '../model/fetched';
import type { Order } from '../model/order';
import { ApiError } from '../net/errors';
import type { ShopAdapter, ShopClient } from '../shops/types';
import { ImportDoctorDb, replaceDbForTests } from '../storage/db';
import { DEFAULT_SYNC_SETTINGS } from './model';
import { advanceRun, pauseFor, startRun, type SyncDeps } from './run';
import { readOrders, readRun, readStatus } from './store';

/**
 * The run as a resumable state machine, against in-memory shop and Exact lists: paging, a worker
 * stopped mid-run (a call that never answers, then a new "worker"), pauses for rate limits and
 * the daily budget, and failures.
 */
const NOW = Date.parse('2024-05-12T10:00:00Z');
const PROFILE = profile();
const adapter = {
  platform: 'woocommerce',
  displayName: 'WooCommerce',
  keyIsConnectorKey: true,
  orderPageUrl: (_p: unknown, id: string) => `https://shop.example.nl/wp-admin/post.php?post=${id}&action=edit`,
  assessStatus: (o: Order, threshold: string) => ({ raw: o.status.raw, threshold, outcome: 'reached' as const }),
} as unknown as ShopAdapter;

/** 25 orders of 10 May, of which the even ones have their document in Exact. */
const ORDERS = Array.from({ length: 25 }, (_, i) => order({ orderId: String(2000 + i), orderNumber: String(2000 + i) }));
const DOCS = ORDERS.filter((_, i) => i % 2 === 0).map((o, i) => document({ id: `d${i}`, yourRef: o.orderNumber, number: `5${i}`, createdAt: '2024-05-11T08:00:00Z' }));

interface World {
  shopCalls: (string | null)[];
  docCalls: (string | null)[];
  /** The nth listOrders call (0-based) never answers, as when the worker is stopped during it. */
  hangOrdersCall?: number;
  failOrdersCall?: { at: number; failure: Failure };
}

function paged<T>(rows: readonly T[], size: number, cursor: string | null) {
  const start = cursor === null ? 0 : Number(cursor);
  const next = start + size < rows.length ? String(start + size) : null;
  return { rows: rows.slice(start, start + size), next };
}

function depsFor(world: World): SyncDeps {
  const shop: ShopClient = {
    getOrder: async () => ORDERS[0]!,
    probeCredentials: async () => undefined,
    listOrders: async (_since, cursor) => {
      const call = world.shopCalls.push(cursor) - 1;
      if (call === world.hangOrdersCall) return new Promise(() => undefined);
      if (call === world.failOrdersCall?.at) throw new ApiError(world.failOrdersCall.failure);
      const { rows, next } = paged(ORDERS, 10, cursor);
      return { orders: rows, next };
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
    documentsSince: async (_type, _since, cursor) => {
      world.docCalls.push(cursor);
      const { rows, next } = paged<AccountingDocument>(DOCS, 5, cursor);
      return { documents: rows, next };
    },
  };
  let ids = 0;
  return {
    now: () => NOW,
    newRunId: () => `run-${++ids}`,
    settings: DEFAULT_SYNC_SETTINGS,
    clientsFor: async () => ({ adapter, shop, accounting }),
  };
}

const summary = async () => (await readOrders(PROFILE.id)).map((o) => `${o.orderId}:${o.class}`).sort();

beforeEach(() => {
  replaceDbForTests(new ImportDoctorDb(`sync-${Math.random()}`));
});

describe('a reconciliation run', () => {
  it('pages through orders and documents (calls grow with N / page size) and classifies every order', async () => {
    const world: World = { shopCalls: [], docCalls: [] };
    const deps = depsFor(world);
    await startRun(PROFILE, deps);
    const run = await advanceRun(PROFILE, deps);
    expect(run).toMatchObject({ phase: 'done', failure: null, progress: { orders: 25, documents: 13, classified: 25 } });
    expect(world.shopCalls).toEqual([null, '10', '20']);
    expect(world.docCalls).toEqual([null, '5', '10']);
    const classes = await summary();
    expect(classes).toHaveLength(25);
    expect(classes.filter((c) => c.endsWith(':imported'))).toHaveLength(13);
    expect(await readStatus(PROFILE.id)).toMatchObject({ counts: { imported: 13, missing: 12 }, shopOk: true, accountingOk: true });
  });

  it('resumes after the worker was stopped mid-run: same result, no page read twice, nothing duplicated', async () => {
    const uninterrupted: World = { shopCalls: [], docCalls: [] };
    await startRun(PROFILE, depsFor(uninterrupted));
    await advanceRun(PROFILE, depsFor(uninterrupted));
    const expected = await summary();
    replaceDbForTests(new ImportDoctorDb(`sync-${Math.random()}`));

    // The first worker hangs in its third orders call and is stopped: its promise never settles.
    const first: World = { shopCalls: [], docCalls: [], hangOrdersCall: 2 };
    await startRun(PROFILE, depsFor(first));
    void advanceRun(PROFILE, depsFor(first));
    await expect.poll(() => first.shopCalls.length).toBe(3);
    expect(await readRun(PROFILE.id)).toMatchObject({ phase: 'orders', cursor: '20', progress: { orders: 20 } });

    const second: World = { shopCalls: [], docCalls: [] };
    const run = await advanceRun(PROFILE, depsFor(second));
    expect(second.shopCalls).toEqual(['20']);
    expect(run).toMatchObject({ phase: 'done', progress: { orders: 25, classified: 25 } });
    expect(await summary()).toEqual(expected);
  });

  it('pauses on a rate limit until the API allows it, then goes on from the same page', async () => {
    const retryAt = new Date(NOW + 30_000).toISOString();
    const world: World = { shopCalls: [], docCalls: [], failOrdersCall: { at: 1, failure: { kind: 'rate-limited', side: 'shop', call: 'orders', httpStatus: 429, detail: '', retryAt } } };
    const deps = depsFor(world);
    await startRun(PROFILE, deps);
    expect(await advanceRun(PROFILE, deps)).toMatchObject({ phase: 'orders', cursor: '10', pausedUntil: retryAt, pauseReason: 'rate-limit' });

    // Woken too early: nothing is asked.
    await advanceRun(PROFILE, deps);
    expect(world.shopCalls).toHaveLength(2);

    const later = { ...deps, now: () => NOW + 31_000 };
    expect(await advanceRun(PROFILE, later)).toMatchObject({ phase: 'done', pausedUntil: null, progress: { orders: 25 } });
    expect(world.shopCalls).toEqual([null, '10', '10', '20']);
  });

  it('ends with the failure when credentials are refused, keeping the health of that side', async () => {
    const world: World = { shopCalls: [], docCalls: [], failOrdersCall: { at: 0, failure: { kind: 'unauthorized', side: 'shop', call: 'orders', httpStatus: 401, detail: '' } } };
    const deps = depsFor(world);
    await startRun(PROFILE, deps);
    expect(await advanceRun(PROFILE, deps)).toMatchObject({ phase: 'done', failure: { kind: 'unauthorized', side: 'shop' } });
    expect(await readStatus(PROFILE.id)).toMatchObject({ shopOk: false, lastSuccessAt: null });
  });

  it('asks by reference for orders nothing explains: an older document may have taken their number (check 5)', async () => {
    const world: World = { shopCalls: [], docCalls: [] };
    const deps = depsFor(world);
    const clients = await deps.clientsFor(PROFILE);
    if (!('shop' in clients)) throw new Error('no clients');
    const asked: string[] = [];
    const older = document({ id: 'old', yourRef: '2001', number: '777', date: '2023-01-02T00:00:00+01:00', amountDC: 9 });
    clients.accounting.documentsByReference = async (_type, reference) => {
      asked.push(reference);
      return reference === '2001' ? [older] : [];
    };
    await startRun(PROFILE, deps);
    await advanceRun(PROFILE, { ...deps, clientsFor: async () => clients });
    const orders = await readOrders(PROFILE.id);
    expect(asked.sort()).toEqual(ORDERS.filter((_, i) => i % 2 === 1).map((o) => o.orderNumber).sort());
    expect(orders.find((o) => o.orderId === '2001')).toMatchObject({ class: 'missing', checkId: 5 });
    expect(orders.find((o) => o.orderId === '2003')).toMatchObject({ class: 'missing', checkId: null });
  });

  it('does not start a second run while one is going', async () => {
    const deps = depsFor({ shopCalls: [], docCalls: [] });
    const first = await startRun(PROFILE, deps);
    expect((await startRun(PROFILE, deps)).runId).toBe(first.runId);
  });
});

describe('pauseFor', () => {
  const failure = (patch: Partial<Failure>): Failure => ({ kind: 'rate-limited', side: 'accounting', call: 'x', httpStatus: 429, detail: '', ...patch });

  it('tells the minute\'s limit from the day\'s budget by how long the API asks to wait', () => {
    expect(pauseFor(failure({ retryAt: new Date(NOW + 40_000).toISOString() }), NOW)?.pauseReason).toBe('rate-limit');
    expect(pauseFor(failure({ retryAt: new Date(NOW + 5 * 3600_000).toISOString() }), NOW)).toEqual({
      pauseReason: 'daily-budget',
      pausedUntil: new Date(NOW + 5 * 3600_000).toISOString(),
    });
  });

  it('waits a while on network trouble and server errors; refusals and bad answers are not waited out', () => {
    expect(pauseFor(failure({ kind: 'offline' }), NOW)?.pauseReason).toBe('offline');
    expect(pauseFor(failure({ kind: 'server' }), NOW)?.pauseReason).toBe('server');
    expect(pauseFor(failure({ kind: 'unauthorized' }), NOW)).toBeNull();
    expect(pauseFor(failure({ kind: 'malformed' }), NOW)).toBeNull();
  });

  it('waits out an endpoint the error budget closed, until it opens again, instead of calling orders "cannot tell"', () => {
    const until = new Date(NOW + 42 * 60_000).toISOString();
    expect(pauseFor(failure({ kind: 'error-budget', httpStatus: null, retryAt: until }), NOW)).toEqual({ pauseReason: 'error-budget', pausedUntil: until });
    expect(pauseFor(failure({ kind: 'error-budget', httpStatus: null }), NOW)?.pauseReason).toBe('error-budget');
  });
});
