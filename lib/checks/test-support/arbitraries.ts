/**
 * fast-check arbitraries for whole CheckContexts: healthy-looking values mixed with odd ones (bad
 * countries, empty SKUs, blocked codes, far-off dates) and every failure kind on every input.
 */
import fc from 'fast-check';
import type { AccountingDocument, GlAccount, Item, ItemWarehouse, VatCode, Warehouse } from '../../model/accounting';
import type { ConnectionProfile, ConnectorSettings } from '../../model/connection';
import { FailureKindSchema, type Failure, type Fetched } from '../../model/fetched';
import { PlatformSchema, type Order, type OrderLine } from '../../model/order';
import { StatusAssessmentSchema, type CheckContext, type StatusAssessment } from '../types';
import { profile } from './context-builder';

const date = fc.date({ min: new Date('2022-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true });

/** An ISO instant with an offset between −12:00 and +14:00 (in quarter hours), or Z. */
export const instant: fc.Arbitrary<string> = fc
  .tuple(date, fc.integer({ min: -48, max: 56 }), fc.boolean())
  .map(([d, quarters, utc]) => {
    if (utc) return d.toISOString();
    const minutes = quarters * 15;
    const local = new Date(d.getTime() + minutes * 60_000).toISOString().slice(0, 19);
    const abs = Math.abs(minutes);
    const hh = String(Math.floor(abs / 60)).padStart(2, '0');
    const mm = String(abs % 60).padStart(2, '0');
    return `${local}${minutes < 0 ? '-' : '+'}${hh}:${mm}`;
  });

const failure: fc.Arbitrary<Failure> = fc.record({
  kind: fc.constantFrom(...FailureKindSchema.options),
  side: fc.constantFrom('shop' as const, 'accounting' as const),
  call: fc.string({ maxLength: 40 }),
  httpStatus: fc.option(fc.integer({ min: 100, max: 599 }), { nil: null }),
  detail: fc.string({ maxLength: 40 }),
});

export function fetched<T>(value: fc.Arbitrary<T>): fc.Arbitrary<Fetched<T>> {
  return fc.oneof(
    { weight: 3, arbitrary: value.map((v): Fetched<T> => ({ ok: true, value: v })) },
    { weight: 1, arbitrary: failure.map((f): Fetched<T> => ({ ok: false, failure: f })) },
  );
}

const code = (known: string[]): fc.Arbitrary<string> =>
  fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 6 }));
const optionalCode = (known: string[]) => fc.option(code(known).filter((c) => c.trim().length > 0), { nil: null });
const amount = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const country = fc.option(fc.oneof(fc.constantFrom('NL', 'BE', 'DE', 'GR', 'US', 'CH', 'XX', 'nl ', '', 'Nederland'), fc.string({ maxLength: 3 })), { nil: null });
const SKUS = ['A-1', 'B-2', 'VERZEND', ' a-1', '', '  '];
const VATS = ['VH', 'VL', 'V0', 'EU', 'EX'];
const GLS = ['8000', '8100', '8200', '8300'];

const line: fc.Arbitrary<OrderLine> = fc.record({
  sku: code(SKUS),
  name: fc.string({ maxLength: 20 }),
  quantity: fc.integer({ min: -2, max: 20 }),
  vatRate: fc.option(fc.oneof(fc.constantFrom(0, 6, 9, 21), fc.double({ min: -5, max: 100, noNaN: true })), { nil: null }),
});

export const order: fc.Arbitrary<Order> = fc.record({
  platform: fc.constantFrom(...PlatformSchema.options),
  orderId: fc.string({ minLength: 1, maxLength: 10 }),
  orderNumber: fc.string({ minLength: 1, maxLength: 10 }),
  createdAt: instant,
  status: fc.record({ raw: fc.string({ maxLength: 20 }), cancelled: fc.boolean() }),
  paid: fc.boolean(),
  billingCountry: country,
  shippingCountry: country,
  total: fc.record({ amount, currency: fc.constantFrom('EUR', 'USD') }),
  shippingTotal: fc.oneof(fc.constant(0), amount),
  lines: fc.array(line, { maxLength: 6 }),
});

const connector: fc.Arbitrary<ConnectorSettings> = fc.record({
  shopUrl: fc.option(fc.constantFrom('https://shop.example.nl/', 'http://www.shop.example.nl', 'https://shop.example.nl:8443/x'), { nil: null }),
  installedAt: instant,
  articleImportFinished: fc.boolean(),
  statusThreshold: fc.constantFrom('processing', 'paid'),
  edition: fc.constantFrom('boekhouden' as const, 'facturen' as const, 'handel' as const),
  vatMapping: fc.record({
    domesticHigh: optionalCode(VATS),
    domesticLow: optionalCode(VATS),
    domesticZero: optionalCode(VATS),
    eu: optionalCode(VATS),
    outsideEu: optionalCode(VATS),
  }),
  glMapping: fc.record({
    revenueDomestic: optionalCode(GLS),
    revenueEu: optionalCode(GLS),
    revenueOutsideEu: optionalCode(GLS),
    shipping: optionalCode(GLS),
  }),
  shippingArticleCode: optionalCode(['VERZEND']),
  duplicateCheck: fc.boolean(),
  warehouseModule: fc.boolean(),
  warehouseCode: optionalCode(['1', '2']),
});

const connectionProfile: fc.Arbitrary<ConnectionProfile> = fc
  .tuple(connector, fc.constantFrom('NL', 'BE', 'DE'), fc.constantFrom('Europe/Amsterdam', 'UTC', 'America/New_York', 'Pacific/Kiritimati'))
  .map(([c, homeCountry, timeZone]) => ({ ...profile({ homeCountry, timeZone }), connector: c }));

const vatCode: fc.Arbitrary<VatCode> = fc.record({
  code: code(VATS),
  description: fc.string({ maxLength: 10 }),
  blocked: fc.boolean(),
  percentage: fc.option(fc.constantFrom(0, 9, 21), { nil: null }),
});
const glAccount: fc.Arbitrary<GlAccount> = fc.record({ code: code(GLS), description: fc.string({ maxLength: 10 }), blocked: fc.boolean() });
const accountingDocument: fc.Arbitrary<AccountingDocument> = fc.record({
  type: fc.constantFrom('sales-order' as const, 'sales-invoice' as const, 'sales-entry' as const),
  id: fc.string({ maxLength: 10 }),
  number: fc.string({ maxLength: 10 }),
  yourRef: fc.string({ maxLength: 10 }),
  date: instant,
  amountDC: amount,
  customerName: fc.option(fc.string({ maxLength: 10 }), { nil: null }),
});
const item: fc.Arbitrary<Item> = fc.record({
  code: code(SKUS),
  description: fc.string({ maxLength: 10 }),
  startDate: fc.option(instant, { nil: null }),
  endDate: fc.option(instant, { nil: null }),
  isStockItem: fc.boolean(),
});
const itemWarehouse: fc.Arbitrary<ItemWarehouse> = fc.record({ itemCode: code(SKUS), warehouseCode: code(['1', '2']) });
const warehouse: fc.Arbitrary<Warehouse> = fc.record({
  id: fc.string({ maxLength: 5 }),
  code: code(['1', '2']),
  description: fc.string({ maxLength: 10 }),
  main: fc.boolean(),
});
const status: fc.Arbitrary<StatusAssessment | null> = fc.option(
  fc.record({
    raw: fc.string({ maxLength: 600 }),
    threshold: fc.string({ maxLength: 20 }),
    outcome: fc.constantFrom(...StatusAssessmentSchema.shape.outcome.options),
  }),
  { nil: null },
);

export const checkContext: fc.Arbitrary<CheckContext> = fc.record({
  now: instant,
  platform: fc.constantFrom(...PlatformSchema.options),
  profile: connectionProfile,
  pageOrigin: fc.option(fc.oneof(fc.constantFrom('https://shop.example.nl', 'https://admin.shopify.com'), fc.webUrl()), { nil: null }),
  order: fetched(order),
  status,
  shopCredentials: fetched(fc.constant(true as const)),
  shopKeyIsConnectorKey: fc.boolean(),
  accountingCredentials: fetched(fc.constant(true as const)),
  vatCodes: fetched(fc.array(vatCode, { maxLength: 6 })),
  glAccounts: fetched(fc.array(glAccount, { maxLength: 5 })),
  documents: fetched(fc.array(accountingDocument, { maxLength: 3 })),
  items: fetched(fc.array(item, { maxLength: 6 })),
  itemWarehouses: fetched(fc.array(itemWarehouse, { maxLength: 6 })),
  warehouses: fetched(fc.array(warehouse, { maxLength: 3 })),
});
