import { masterDataWanted, type AccountingClient } from '../accounting/types';
import { DOCUMENT_TYPE, articleCodes } from '../diagnosis/gather';
import type { AccountingDocument } from '../model/accounting';
import { accountingSystemName, type ConnectionProfile } from '../model/connection';
import { failed, ok, type Failure, type Fetched } from '../model/fetched';
import { ApiError, toFailure } from '../net/errors';
import type { ShopAdapter, ShopClient } from '../shops/types';
import { matchesOrder } from '../checks/same-reference';
import { classifyOrders } from './classify';
import { feedStep, hasChangeFeed } from './feed-step';
import { unreadDays } from './feed-store';
import { SYNC_CLASSES, type PauseReason, type SyncClass, type SyncOrder, type SyncRun, type SyncSettings, type SyncStatus } from './model';
import { clearStage, readRun, readStatus, saveResult, savePage, stagedDocuments, stagedOrders, writeRun, writeStatus } from './store';

/**
 * One connection's reconciliation, as a resumable state machine: orders page by page, documents
 * page by page, then classification. Every page is stored with its cursor in one transaction, so
 * a worker stopped at any moment resumes where it was and never counts an order twice. Waits for
 * rate limits and the daily budget are not slept: the run is paused and an alarm wakes it.
 */
export interface SyncDeps {
  now(): number;
  newRunId(): string;
  settings: SyncSettings;
  /** Null when the connection cannot run (no adapter, no credentials). */
  clientsFor(profile: ConnectionProfile): Promise<{ adapter: ShopAdapter; shop: ShopClient; accounting: AccountingClient } | Failure>;
}

const DAY_MS = 86_400_000;
/** Orders nothing explains are looked up one by one; a run asks for at most this many. */
const MAX_REFERENCE_LOOKUPS = 20;
/** Exact's minutely window resets within a minute; anything longer is the day's budget. */
const MINUTE_RESET_MAX_MS = 65_000;
const RETRY_LATER_MS: Record<PauseReason, number> = {
  'rate-limit': 60_000,
  'daily-budget': 60 * 60_000,
  'error-budget': 60 * 60_000,
  offline: 2 * 60_000,
  server: 2 * 60_000,
};

export function isActive(run: SyncRun | null): run is SyncRun {
  return run !== null && run.phase !== 'done';
}

/** Starts a new run, unless one is going (then it is left to continue). */
export async function startRun(profile: ConnectionProfile, deps: SyncDeps): Promise<SyncRun> {
  const current = await readRun(profile.id);
  if (isActive(current)) return current;
  await clearStage(profile.id);
  const now = deps.now();
  const run: SyncRun = {
    connectionId: profile.id,
    runId: deps.newRunId(),
    platform: profile.platform,
    startedAt: new Date(now).toISOString(),
    since: new Date(now - deps.settings.windowDays * DAY_MS).toISOString(),
    phase: 'orders',
    cursor: null,
    pausedUntil: null,
    pauseReason: null,
    failure: null,
    finishedAt: null,
    progress: { orders: 0, documents: 0, classified: 0 },
  };
  await writeRun(run);
  return run;
}

/**
 * Works on the connection's run until it is done, paused or failed. Safe to call at any time:
 * without an active run, or while it is paused, it returns the run as it is.
 */
export async function advanceRun(profile: ConnectionProfile, deps: SyncDeps): Promise<SyncRun | null> {
  let run = await readRun(profile.id);
  if (!isActive(run)) return run;
  if (run.pausedUntil !== null && Date.parse(run.pausedUntil) > deps.now()) return run;
  run = { ...run, pausedUntil: null, pauseReason: null };

  const clients = await deps.clientsFor(profile);
  if (!('shop' in clients)) return finishFailed(profile, run, clients, deps);

  while (run.phase !== 'done') {
    try {
      run = await step(profile, run, clients, deps);
    } catch (error) {
      const failure = toFailure(error, { side: run.phase === 'orders' ? 'shop' : 'accounting', call: `reconciliation ${run.phase}` });
      const pause = pauseFor(failure, deps.now());
      if (pause) {
        run = { ...run, ...pause };
        await writeRun(run);
        return run;
      }
      return finishFailed(profile, run, failure, deps);
    }
  }
  return run;
}

async function step(
  profile: ConnectionProfile,
  run: SyncRun,
  clients: { adapter: ShopAdapter; shop: ShopClient; accounting: AccountingClient },
  deps: SyncDeps,
): Promise<SyncRun> {
  switch (run.phase) {
    case 'orders': {
      if (hasChangeFeed(clients.shop)) return feedStep(run, clients.shop, deps.now());
      if (!clients.shop.listOrders) throw unsupported('shop', `${clients.adapter.displayName} order list`);
      const page = await clients.shop.listOrders(run.since, run.cursor);
      const inWindow = page.orders.filter((order) => Date.parse(order.createdAt) >= Date.parse(run.since));
      const next: SyncRun = {
        ...run,
        phase: page.next === null ? 'documents' : 'orders',
        cursor: page.next,
        progress: { ...run.progress, orders: run.progress.orders + inWindow.length },
      };
      await savePage(next, 'order', inWindow);
      return next;
    }
    case 'documents': {
      if (!clients.accounting.documentsSince) throw unsupported('accounting', `${accountingSystemName(profile.accounting.system)} document list`);
      // A day earlier: a document dated the day before the order still matches it (SPEC check 5).
      const since = new Date(Date.parse(run.since) - DAY_MS).toISOString();
      const page = await clients.accounting.documentsSince(DOCUMENT_TYPE[profile.connector.edition], since, run.cursor);
      const next: SyncRun = {
        ...run,
        phase: page.next === null ? 'classify' : 'documents',
        cursor: page.next,
        progress: { ...run.progress, documents: run.progress.documents + page.documents.length },
        documentsFeed: page.feed ?? run.documentsFeed ?? null,
      };
      await savePage(next, 'document', page.documents);
      return next;
    }
    case 'classify':
      return classify(profile, run, clients, deps);
    case 'done':
      return run;
  }
}

/** Reads the articles of the orders that are not imported (one batch, not one per order), then classifies. */
async function classify(
  profile: ConnectionProfile,
  run: SyncRun,
  clients: { adapter: ShopAdapter; accounting: AccountingClient },
  deps: SyncDeps,
): Promise<SyncRun> {
  const [orders, documents] = await Promise.all([stagedOrders(profile.id), stagedDocuments(profile.id)]);
  // Articles are needed for every order that is not imported, also one whose reference another document took.
  const byRef = new Map<string, AccountingDocument[]>();
  for (const doc of documents) byRef.set(refKey(doc.yourRef), [...(byRef.get(refKey(doc.yourRef)) ?? []), doc]);
  const open = orders.filter((order) => !(byRef.get(refKey(order.orderNumber)) ?? []).some((doc) => matchesOrder(doc, order, profile.timeZone)));
  const codes = [...new Set(open.flatMap((order) => articleCodes(order, profile)))];
  const needsItems = profile.connector.edition !== 'boekhouden' && codes.length > 0;
  const { accounting } = clients;
  const wanted = masterDataWanted(profile.connector);
  const warehouse = wanted.warehouse;
  const [vatCodes, glAccounts, warehouses, items, itemWarehouses] = await Promise.all([
    fetched(() => accounting.vatCodes(wanted.vatCodes)),
    fetched(() => accounting.glAccounts(wanted.glAccounts)),
    warehouse !== null ? fetched(() => accounting.warehouses(warehouse)) : Promise.resolve(ok([])),
    needsItems ? fetched(() => accounting.itemsByCodes(codes)) : Promise.resolve(ok([])),
    needsItems && profile.connector.edition === 'handel' ? fetched(() => accounting.itemWarehouses(codes)) : Promise.resolve(ok([])),
  ]);
  // A pause-worthy failure (rate limit, offline) pauses the whole step rather than marking orders.
  for (const read of [vatCodes, glAccounts, warehouses, items, itemWarehouses]) {
    if (!read.ok && pauseFor(read.failure, deps.now())) throw new ApiError(read.failure);
  }
  const now = deps.now();
  const input = {
    profile,
    adapter: clients.adapter,
    orders,
    documents,
    master: { vatCodes, glAccounts, warehouses },
    items,
    itemWarehouses,
    now: new Date(now).toISOString(),
    runId: run.runId,
  };
  let classified = classifyOrders(input);
  // The window's documents cannot show a reference taken by an older document (check 5): ask for
  // the few orders nothing explains, by reference, before calling them unexplained.
  const unexplained = classified.filter((order) => order.class === 'missing' && order.checkId === null).slice(0, MAX_REFERENCE_LOOKUPS);
  if (unexplained.length > 0) {
    const type = DOCUMENT_TYPE[profile.connector.edition];
    const older = await Promise.all(unexplained.map((order) => fetched(() => accounting.documentsByReference(type, order.orderNumber))));
    const known = new Set(documents.map((doc) => doc.id));
    const extra = older.flatMap((read) => (read.ok ? read.value : [])).filter((doc) => !known.has(doc.id));
    if (extra.length > 0) classified = classifyOrders({ ...input, documents: [...documents, ...extra] });
  }
  const done: SyncRun = {
    ...run,
    phase: 'done',
    cursor: null,
    finishedAt: new Date(now).toISOString(),
    progress: { ...run.progress, classified: classified.length },
  };
  const health = { shopOk: true, accountingOk: true, lastSuccessAt: new Date(now).toISOString() };
  const unread = await unreadDays(profile.id);
  const status = { ...statusFor(profile, classified, now, deps.settings, health), documentsFeed: run.documentsFeed ?? null };
  await saveResult(done, classified, unread.length > 0 ? { ...status, unread } : status);
  return done;
}

const refKey = (reference: string) => reference.trim().toLowerCase();

async function fetched<T>(read: () => Promise<T>): Promise<Fetched<T>> {
  try {
    return ok(await read());
  } catch (error) {
    return failed(toFailure(error, { side: 'accounting', call: 'reconciliation articles' }));
  }
}

function unsupported(side: Failure['side'], call: string): ApiError {
  return new ApiError({ kind: 'not-connected', side, call, httpStatus: null, detail: 'this platform has no paged list to reconcile from' });
}

/** Transient trouble pauses the run until it may go on; anything else ends it. */
export function pauseFor(failure: Failure, now: number): Pick<SyncRun, 'pausedUntil' | 'pauseReason'> | null {
  let reason: PauseReason;
  if (failure.kind === 'rate-limited') {
    const wait = failure.retryAt ? Date.parse(failure.retryAt) - now : null;
    reason = wait !== null && wait > MINUTE_RESET_MAX_MS ? 'daily-budget' : 'rate-limit';
    const until = failure.retryAt ? Math.max(Date.parse(failure.retryAt), now + 1000) : now + RETRY_LATER_MS[reason];
    return { pausedUntil: new Date(until).toISOString(), pauseReason: reason };
  }
  if (failure.kind === 'error-budget') {
    // The endpoint answered errors too often this hour: asking again before it opens would earn
    // Exact's own block, and calling every order "cannot tell" would hide that the run only waits.
    const until = failure.retryAt ? Math.max(Date.parse(failure.retryAt), now + 1000) : now + RETRY_LATER_MS['error-budget'];
    return { pausedUntil: new Date(until).toISOString(), pauseReason: 'error-budget' };
  }
  if (failure.kind === 'offline' || failure.kind === 'timeout') reason = 'offline';
  else if (failure.kind === 'server') reason = 'server';
  else return null;
  return { pausedUntil: new Date(now + RETRY_LATER_MS[reason]).toISOString(), pauseReason: reason };
}

// Missing credentials are not a refusal: the health line would wrongly say the side refuses access.
const REFUSED = new Set<Failure['kind']>(['unauthorized', 'forbidden', 'permission-missing']);

async function finishFailed(profile: ConnectionProfile, run: SyncRun, failure: Failure, deps: SyncDeps): Promise<SyncRun> {
  const now = deps.now();
  const done: SyncRun = { ...run, phase: 'done', cursor: null, failure, finishedAt: new Date(now).toISOString() };
  await clearStage(profile.id);
  await writeRun(done);
  // The previous result stays visible; only the health of the refused side changes.
  const previous = await readStatus(profile.id);
  const refused = REFUSED.has(failure.kind);
  const base = previous ?? statusFor(profile, [], now, deps.settings, { shopOk: null, accountingOk: null, lastSuccessAt: null });
  await writeStatus({
    ...base,
    label: profile.label,
    nextDueAt: new Date(now + deps.settings.intervalMinutes * 60_000).toISOString(),
    shopOk: failure.side === 'shop' && refused ? false : base.shopOk,
    accountingOk: failure.side === 'accounting' && refused ? false : base.accountingOk,
  });
  return done;
}

export function statusFor(
  profile: ConnectionProfile,
  orders: readonly SyncOrder[],
  now: number,
  settings: SyncSettings,
  health: Pick<SyncStatus, 'shopOk' | 'accountingOk' | 'lastSuccessAt'>,
): SyncStatus {
  const counts = Object.fromEntries(SYNC_CLASSES.map((c) => [c, 0])) as Record<SyncClass, number>;
  for (const order of orders) counts[order.class] += 1;
  return {
    connectionId: profile.id,
    label: profile.label,
    platform: profile.platform,
    windowDays: settings.windowDays,
    counts,
    nextDueAt: new Date(now + settings.intervalMinutes * 60_000).toISOString(),
    ...health,
  };
}
