import type { AccountingClient } from '../accounting/types';
import type { CheckContext, CredentialProbe } from '../checks/types';
import type { DocumentType } from '../model/accounting';
import type { ConnectionProfile, Edition } from '../model/connection';
import { failed, ok, type Failure, type Fetched, type Side } from '../model/fetched';
import { carriesShippingCost, type Order } from '../model/order';
import { toFailure } from '../net/errors';
import type { ShopAdapter, ShopClient } from '../shops/types';

/**
 * Reads what the eight checks need, in two sequential round trips:
 *   1. the shop order ∥ Exact master data (VAT codes, GL accounts, warehouses; cached)
 *   2. Exact documents by reference ∥ items by code ∥ item–warehouse links (need the order)
 * Every read is captured as Fetched, so one failing call makes only its checks `error`.
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
  const connector = profile.connector;
  const [order, probe, vatCodes, glAccounts, warehouses] = await Promise.all([
    capture('shop', `${adapter.displayName} order`, () => shop.getOrder(input.orderId)),
    // Master data may come from the cache, which proves nothing about the credentials: ask once.
    capture('accounting', 'Exact current user', async () => {
      await accounting.probe();
      return true as const;
    }),
    capture('accounting', 'Exact VAT codes', () => accounting.vatCodes()),
    capture('accounting', 'Exact GL accounts', () => accounting.glAccounts()),
    connector.edition === 'handel'
      ? capture('accounting', 'Exact warehouses', () => accounting.warehouses())
      : Promise.resolve(ok([])),
  ]);
  const status = order.ok ? adapter.assessStatus(order.value, connector.statusThreshold) : null;
  input.onOrderRead?.({ order, status });

  let documents: CheckContext['documents'] = ok([]);
  let items: CheckContext['items'] = ok([]);
  let itemWarehouses: CheckContext['itemWarehouses'] = ok([]);
  const round2: Fetched<unknown>[] = [];
  if (order.ok) {
    const codes = articleCodes(order.value, profile);
    const needsItems = connector.edition !== 'boekhouden' && codes.length > 0;
    [documents, items, itemWarehouses] = await Promise.all([
      connector.duplicateCheck
        ? capture('accounting', 'Exact documents by reference', () =>
            accounting.documentsByReference(DOCUMENT_TYPE[connector.edition], order.value.orderNumber))
        : Promise.resolve(ok([])),
      needsItems ? capture('accounting', 'Exact items', () => accounting.itemsByCodes(codes)) : Promise.resolve(ok([])),
      needsItems && connector.edition === 'handel'
        ? capture('accounting', 'Exact item warehouses', () => accounting.itemWarehouses(codes))
        : Promise.resolve(ok([])),
    ]);
    round2.push(documents, items, itemWarehouses);
  }
  const accountingCredentials = accountingProbeFrom([probe, vatCodes, glAccounts, warehouses, ...round2]) ?? probe;

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

/** Item codes to look up: every line's SKU, plus the shipping article when the order carries shipping. */
export function articleCodes(order: Order, profile: ConnectionProfile): string[] {
  const codes = order.lines.map((line) => line.sku.trim()).filter((sku) => sku !== '');
  const shipping = profile.connector.shippingArticleCode;
  if (shipping && carriesShippingCost(order)) codes.push(shipping.trim());
  return [...new Set(codes.map((c) => c.toUpperCase()))].map((upper) => codes.find((c) => c.toUpperCase() === upper) ?? upper);
}
