/**
 * A healthy CheckContext for tests — every check passes on it — with small overrides per test:
 * `context({ order: { shippingCountry: '' }, connector: { edition: 'facturen' } })`.
 * Healthy means: WooCommerce shop at https://shop.example.nl, Exact Handel, NL administration in
 * Europe/Amsterdam, an order of 10 May 2024 with two stock articles and shipping cost.
 */
import type { AccountingDocument, GlAccount, Item, ItemWarehouse, VatCode, Warehouse } from '../../model/accounting';
import type { ConnectionProfile, ConnectorSettings } from '../../model/connection';
import { failed, ok, type Failure, type FailureKind, type Fetched, type Side } from '../../model/fetched';
import type { Order, OrderLine } from '../../model/order';
import type { CheckContext } from '../types';

export function connectorSettings(patch: Partial<ConnectorSettings> = {}): ConnectorSettings {
  return {
    shopUrl: 'https://shop.example.nl/',
    installedAt: '2024-01-15T09:00:00+01:00',
    articleImportFinished: true,
    statusThreshold: 'processing',
    edition: 'handel',
    vatMapping: { domesticHigh: 'VH', domesticLow: 'VL', domesticZero: 'V0', eu: 'EU', outsideEu: 'EX' },
    glMapping: { revenueDomestic: '8000', revenueEu: '8100', revenueOutsideEu: '8200', shipping: '8300' },
    shippingArticleCode: 'VERZEND',
    duplicateCheck: true,
    warehouseModule: false,
    warehouseCode: null,
    ...patch,
  };
}

export function profile(patch: Partial<Omit<ConnectionProfile, 'connector'>> = {}, connector: Partial<ConnectorSettings> = {}): ConnectionProfile {
  return {
    id: 'conn-1',
    label: 'Test shop',
    platform: 'woocommerce',
    shopAddress: 'https://shop.example.nl',
    homeCountry: 'NL',
    timeZone: 'Europe/Amsterdam',
    accounting: { system: 'exact', host: 'start.exactonline.nl', division: 123456 },
    connector: connectorSettings(connector),
    ...patch,
  };
}

export function line(sku: string, patch: Partial<OrderLine> = {}): OrderLine {
  return { sku, name: `Product ${sku}`, quantity: 1, vatRate: 21, ...patch };
}

export function order(patch: Partial<Order> = {}): Order {
  return {
    platform: 'woocommerce',
    orderId: '1001',
    orderNumber: '1001',
    createdAt: '2024-05-10T10:00:00+02:00',
    status: { raw: 'processing', cancelled: false },
    paid: true,
    billingCountry: 'NL',
    shippingCountry: 'NL',
    total: { amount: 121.0, currency: 'EUR' },
    shippingTotal: 6.95,
    lines: [line('A-1'), line('B-2', { vatRate: 9 })],
    ...patch,
  };
}

export function item(code: string, patch: Partial<Item> = {}): Item {
  return { code, description: `Item ${code}`, startDate: null, endDate: null, isStockItem: true, ...patch };
}

export function document(patch: Partial<AccountingDocument> = {}): AccountingDocument {
  return {
    type: 'sales-order',
    id: 'doc-guid-1',
    number: '20240012',
    yourRef: '1001',
    date: '2024-05-10T00:00:00+02:00',
    amountDC: 121.0,
    customerName: 'J. Jansen',
    ...patch,
  };
}

export const vatCodes = (): VatCode[] => [
  { code: 'VH', description: 'BTW hoog 21%', blocked: false, percentage: 21 },
  { code: 'VL', description: 'BTW laag 9%', blocked: false, percentage: 9 },
  { code: 'V0', description: 'BTW 0%', blocked: false, percentage: 0 },
  { code: 'EU', description: 'Leveringen binnen de EU', blocked: false, percentage: 0 },
  { code: 'EX', description: 'Leveringen buiten de EU', blocked: false, percentage: 0 },
];

export const glAccounts = (): GlAccount[] => [
  { code: '8000', description: 'Omzet binnenland', blocked: false },
  { code: '8100', description: 'Omzet EU', blocked: false },
  { code: '8200', description: 'Omzet buiten EU', blocked: false },
  { code: '8300', description: 'Verzendkosten', blocked: false },
];

export const items = (): Item[] => [item('A-1'), item('B-2'), item('VERZEND', { isStockItem: false })];
export const warehouses = (): Warehouse[] => [
  { id: 'wh-1', code: '1', description: 'Hoofdmagazijn', main: true },
  { id: 'wh-2', code: '2', description: 'Winkel', main: false },
];
export const itemWarehouses = (): ItemWarehouse[] => [
  { itemCode: 'A-1', warehouseCode: '1' },
  { itemCode: 'B-2', warehouseCode: '1' },
];

export function failure(kind: FailureKind = 'timeout', side: Side = 'accounting', call = 'Exact GET test'): Failure {
  return { kind, side, call, httpStatus: kind === 'unauthorized' ? 401 : kind === 'forbidden' ? 403 : null, detail: 'test detail' };
}

export const fail = <T>(kind: FailureKind = 'timeout', side: Side = 'accounting', call?: string): Fetched<T> =>
  failed<T>(failure(kind, side, call));

export interface ContextPatch extends Partial<Omit<CheckContext, 'order' | 'profile'>> {
  /** A patch to the healthy order, or a whole Fetched order (e.g. a failure). */
  order?: Partial<Order> | Fetched<Order>;
  profile?: Partial<Omit<ConnectionProfile, 'connector'>>;
  connector?: Partial<ConnectorSettings>;
}

function isFetched(value: Partial<Order> | Fetched<Order>): value is Fetched<Order> {
  return 'ok' in value;
}

export function context(patch: ContextPatch = {}): CheckContext {
  const { order: orderPatch = {}, profile: profilePatch = {}, connector = {}, ...rest } = patch;
  return {
    now: '2024-05-12T12:00:00+02:00',
    platform: 'woocommerce',
    profile: profile(profilePatch, connector),
    pageOrigin: 'https://shop.example.nl',
    order: isFetched(orderPatch) ? orderPatch : ok(order(orderPatch)),
    status: { raw: 'processing', threshold: 'processing', outcome: 'reached' },
    shopCredentials: ok(true),
    shopKeyIsConnectorKey: true,
    accountingCredentials: ok(true),
    vatCodes: ok(vatCodes()),
    glAccounts: ok(glAccounts()),
    documents: ok([]),
    items: ok(items()),
    itemWarehouses: ok(itemWarehouses()),
    warehouses: ok(warehouses()),
    ...rest,
  };
}
