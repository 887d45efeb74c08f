import { masterDataWanted, type AccountingClient } from '../accounting/types';
import type { CheckContext, CredentialProbe } from '../checks/types';
import type { AccountingDocument, DocumentType, Item, ItemWarehouse } from '../model/accounting';
import { accountingSystemName, type ConnectionProfile, type Edition } from '../model/connection';
import { failed, ok, type Failure, type Fetched, type Side } from '../model/fetched';
import { carriesShippingCost, type Order } from '../model/order';
import { toFailure } from '../net/errors';
import type { ShopAdapter, ShopClient } from '../shops/types';

/**
 * Reads what the eight checks need, in two sequential round trips:
 *   1. the shop order ∥ Exact master data (the mapped VAT codes and GL accounts, the connector's
 *      warehouse; cached)
 *   2. Exact documents by reference ∥ items by code ∥ item–warehouse links (need the order)
 * Every read is captured as Fetched, so one failing call makes only its checks `error`.
 * Check 2 needs proof that Exact accepts the connection: a call of round 2 gives it; only when
 * round 2 asks Exact nothing is a cheap probe (current/Me) made instead, in its place.
 */
export interface GatherInput {
  profile: ConnectionProfile;
  adapter: ShopAdapter;
  shop: ShopClient;
  accounting: AccountingClient;
  orderId: string;
  pageOrigin: string | null;
  now: () => Date;
  /** Called once the order is known, before the accounting reads of round 2. */
  onOrderRead?: (partial: Pick<CheckContext, 'order' | 'status'>) => void;
}

/** The document the connector books an order as, per edition (its duplicate check looks there). */
export const DOCUMENT_TYPE: Record<Edition, DocumentType> = {
  handel: 'sales-order',
  facturen: 'sales-invoice',
  boekhouden: 'sales-entry',
};

async function capture<T>(side: Side, call: string, read: () => Promise<T>): Promise<Fetched<T>> {
  try {
    return ok(await read());
  } catch (error) {
    return failed(toFailure(error, { side, call }));
  }
}

const REFUSALS = new Set(['unauthorized', 'forbidden', 'not-connected']);

/** The order read doubles as the shop credential test: a refusal there is check 2's business. */
function shopProbeFrom(order: Fetched<Order>): CredentialProbe {
  if (order.ok) return ok(true);
  const kind = order.failure.kind;
  if (kind === 'not-found' || kind === 'not-visible') return ok(true);
  return failed(order.failure);
}

/** The probe decides, unless another accounting call was refused (a refusal anywhere disproves). */
function accountingProbeFrom(reads: Fetched<unknown>[]): CredentialProbe | null {
  const refusal = reads.find((r): r is { ok: false; failure: Failure } => !r.ok && REFUSALS.has(r.failure.kind));
  if (refusal) return failed(refusal.failure);
  return null;
}

export async function gatherContext(input: GatherInput): Promise<CheckContext> {
  const { profile, adapter, shop, accounting } = input;
  const books = accountingSystemName(profile.accounting.system);
  const connector = profile.connector;
  const wanted = masterDataWanted(connector);
  const warehouse = wanted.warehouse;
  const [order, vatCodes, glAccounts, warehouses] = await Promise.all([
    capture('shop', `${adapter.displayName} order`, () => shop.getOrder(input.orderId)),
    capture('accounting', `${books} VAT codes`, () => accounting.vatCodes(wanted.vatCodes)),
    capture('accounting', `${books} GL accounts`, () => accounting.glAccounts(wanted.glAccounts)),
    warehouse !== null
      ? capture('accounting', `${books} warehouses`, () => accounting.warehouses(warehouse))
      : Promise.resolve(ok([])),
  ]);
  const status = order.ok ? adapter.assessStatus(order.value, connector.statusThreshold) : null;
  input.onOrderRead?.({ order, status });

  const codes = order.ok ? articleCodes(order.value, profile) : [];
  const readsDocuments = order.ok && connector.duplicateCheck;
  const readsItems = order.ok && connector.edition !== 'boekhouden' && codes.length > 0;
  const probing = !readsDocuments && !readsItems;
  const [documents, items, itemWarehouses, probe] = await Promise.all([
    readsDocuments && order.ok
      ? capture('accounting', `${books} documents by reference`, () =>
          accounting.documentsByReference(DOCUMENT_TYPE[connector.edition], order.value.orderNumber))
      : Promise.resolve(ok<AccountingDocument[]>([])),
    readsItems ? capture('accounting', `${books} items`, () => accounting.itemsByCodes(codes)) : Promise.resolve(ok<Item[]>([])),
    readsItems && connector.edition === 'handel'
      ? capture('accounting', `${books} item warehouses`, () => accounting.itemWarehouses(codes))
      : Promise.resolve(ok<ItemWarehouse[]>([])),
    // Master data may come from the cache, which proves nothing about the credentials.
    probing
      ? capture('accounting', `${books} current user`, async () => {
          await accounting.probe();
          return true as const;
        })
      : null,
  ]);
  const round2: Fetched<unknown>[] = probing ? [] : [documents, items, itemWarehouses].filter((_, i) => (i === 0 ? readsDocuments : readsItems));
  // A refusal anywhere disproves; otherwise the probe, or any round-2 answer, proves.
  const refusal = accountingProbeFrom([vatCodes, glAccounts, warehouses, ...round2, ...(probe ? [probe] : [])]);
  const accountingCredentials = refusal ?? probe ?? firstAnswer(round2, books);

  return {
    now: input.now().toISOString(),
    platform: adapter.platform,
    profile,
    pageOrigin: input.pageOrigin,
    order,
    status,
    shopCredentials: shopProbeFrom(order),
    shopKeyIsConnectorKey: adapter.keyIsConnectorKey,
    accountingCredentials,
    vatCodes,
    glAccounts,
    documents,
    items,
    itemWarehouses,
    warehouses,
  };
}

/** A round-2 read that the accounting system answered proves the credentials; one that failed otherwise leaves it open. */
function firstAnswer(reads: Fetched<unknown>[], books: string): CredentialProbe {
  const answered = reads.find((read) => read.ok);
  if (answered) return ok(true);
  const failure = reads.find((read): read is { ok: false; failure: Failure } => !read.ok)?.failure;
  return failed(failure ?? { kind: 'not-connected', side: 'accounting', call: books, httpStatus: null, detail: `nothing was asked of ${books}` });
}

/** Item codes to look up: every line's SKU, plus the shipping article when the order carries shipping. */
export function articleCodes(order: Order, profile: ConnectionProfile): string[] {
  const codes = order.lines.map((line) => line.sku.trim()).filter((sku) => sku !== '');
  const shipping = profile.connector.shippingArticleCode;
  if (shipping && carriesShippingCost(order)) codes.push(shipping.trim());
  return [...new Set(codes.map((c) => c.toUpperCase()))].map((upper) => codes.find((c) => c.toUpperCase() === upper) ?? upper);
}
