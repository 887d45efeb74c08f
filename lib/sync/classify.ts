import { runChecks } from '../checks';
import { matchesOrder } from '../checks/same-reference';
import type { CheckContext, CheckResult } from '../checks/types';
import { overallVerdict } from '../checks/verdict';
import { articleCodes } from '../diagnosis/gather';
import { msg } from '../i18n/message';
import type { AccountingDocument, GlAccount, Item, ItemWarehouse, VatCode, Warehouse } from '../model/accounting';
import type { ConnectionProfile } from '../model/connection';
import { ok, type Fetched } from '../model/fetched';
import type { Order } from '../model/order';
import type { ShopAdapter } from '../shops/types';
import type { SyncOrder } from './model';

/**
 * Classifies every order of the window from what one run read in bulk, with the very check
 * engine the panel uses: the panel and the popup can never disagree on why an order is missing.
 * Pure: no I/O, no clock.
 */
export interface ClassifyInput {
  profile: ConnectionProfile;
  adapter: Pick<ShopAdapter, 'platform' | 'assessStatus' | 'keyIsConnectorKey' | 'orderPageUrl'>;
  orders: readonly Order[];
  /** Every document of the window (any YourRef), of the type the edition books into. */
  documents: readonly AccountingDocument[];
  master: { vatCodes: Fetched<VatCode[]>; glAccounts: Fetched<GlAccount[]>; warehouses: Fetched<Warehouse[]> };
  /** Items (and their warehouse links) for the codes of the orders not yet imported. */
  items: Fetched<Item[]>;
  itemWarehouses: Fetched<ItemWarehouse[]>;
  now: string;
  runId: string;
}

const normalizeRef = (value: string) => value.trim().toLowerCase();

/**
 * The connector's last run, as far as the books show it: the newest `Created` among the documents
 * of the window. Orders placed after it are waiting for the next run, not missing. Null when no
 * document says when it was made.
 */
export function lastConnectorRun(documents: readonly AccountingDocument[]): string | null {
  let newest: string | null = null;
  for (const doc of documents) {
    const created = doc.createdAt ?? null;
    if (created !== null && (newest === null || Date.parse(created) > Date.parse(newest))) newest = created;
  }
  return newest;
}

export function classifyOrders(input: ClassifyInput): SyncOrder[] {
  const byRef = new Map<string, AccountingDocument[]>();
  for (const doc of input.documents) {
    const key = normalizeRef(doc.yourRef);
    byRef.set(key, [...(byRef.get(key) ?? []), doc]);
  }
  const lastRun = lastConnectorRun(input.documents);
  return input.orders.map((order) => classifyOne(input, order, byRef.get(normalizeRef(order.orderNumber)) ?? [], lastRun));
}

function classifyOne(input: ClassifyInput, order: Order, documents: AccountingDocument[], lastRun: string | null): SyncOrder {
  const base = {
    connectionId: input.profile.id,
    orderId: order.orderId,
    orderNumber: order.orderNumber,
    createdAt: order.createdAt,
    adminUrl: input.adapter.orderPageUrl(input.profile, order.orderId),
    runId: input.runId,
    document: null,
  };
  // Imported is a fact of the books, whatever the duplicate-check setting says.
  const own = documents.find((doc) => matchesOrder(doc, order, input.profile.timeZone));
  if (own) return { ...base, class: 'imported', checkId: null, reason: null, document: { type: own.type, number: own.number } };

  const results = runChecks(contextFor(input, order, documents));
  const verdict = overallVerdict(results);
  const outcome = (id: number) => results.find((r) => r.id === id);
  const because = (result: CheckResult | undefined) => ({ checkId: result?.id ?? null, reason: result?.summary ?? null });

  if (outcome(1)?.outcome === 'fail') return { ...base, class: 'before-install', ...because(outcome(1)) };
  if (verdict.kind === 'will-not-import') {
    const failing = outcome(verdict.checkId);
    // A status that simply has not got there yet is waiting; cancelled, refunded and the like are not.
    const statusPending = verdict.checkId === 3 && input.adapter.assessStatus(order, input.profile.connector.statusThreshold).outcome === 'not-reached';
    return { ...base, class: statusPending ? 'waiting' : 'missing', ...because(failing) };
  }
  if (verdict.kind === 'cannot-tell') return { ...base, class: 'cannot-tell', ...because(outcome(verdict.checkIds[0]!)) };
  if (verdict.kind === 'will-import' && (verdict.afterArticleImport || lastRun === null || Date.parse(order.createdAt) > Date.parse(lastRun))) {
    return { ...base, class: 'waiting', checkId: null, reason: msg(verdict.afterArticleImport ? 'sync.reason.article-import' : 'sync.reason.next-run') };
  }
  // Nothing blocks it, yet the connector has run since and did not import it.
  return { ...base, class: 'missing', checkId: null, reason: msg('sync.reason.unexplained') };
}

/** The panel's context, from bulk reads: a list that was read is proof the credentials work. */
function contextFor(input: ClassifyInput, order: Order, documents: AccountingDocument[]): CheckContext {
  const codes = new Set(articleCodes(order, input.profile).map((code) => code.toLowerCase()));
  const items = input.items.ok ? ok(input.items.value.filter((item) => codes.has(item.code.trim().toLowerCase()))) : input.items;
  const itemWarehouses = input.itemWarehouses.ok
    ? ok(input.itemWarehouses.value.filter((link) => codes.has(link.itemCode.trim().toLowerCase())))
    : input.itemWarehouses;
  return {
    now: input.now,
    platform: input.adapter.platform,
    profile: input.profile,
    pageOrigin: null,
    order: ok(order),
    status: input.adapter.assessStatus(order, input.profile.connector.statusThreshold),
    shopCredentials: ok(true),
    shopKeyIsConnectorKey: input.adapter.keyIsConnectorKey,
    accountingCredentials: ok(true),
    vatCodes: input.master.vatCodes,
    glAccounts: input.master.glAccounts,
    documents: ok(documents),
    items,
    itemWarehouses,
    warehouses: input.master.warehouses,
  };
}
