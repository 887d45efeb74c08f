import type { EdmType, ODataValue, Row } from './odata';
import type { ExactDivision, ExactUser } from './world';

/** Description texts for code fields. The wording is (unconfirmed); correct it here. */
export const LABELS = {
  salesOrderStatus: { 12: 'Open', 20: 'Partial', 21: 'Complete', 45: 'Cancelled' },
  salesInvoiceStatus: { 10: 'Draft', 20: 'Open', 50: 'Processed' },
  salesInvoiceType: { 8020: 'Sales invoice', 8021: 'Sales credit note', 8023: 'Direct sales invoice', 8024: 'Direct sales credit note' },
  salesEntryStatus: { 5: 'Rejected', 20: 'Open', 50: 'Processed' },
  salesEntryType: { 20: 'Sales entry', 21: 'Sales credit note' },
} as const satisfies Record<string, Record<number, string>>;

const label = (table: Readonly<Record<number, string>>, code: number): string | null => table[code] ?? null;

/** The division's currency; the world does not model foreign currencies. */
const CURRENCY = 'EUR';

function toValue(raw: unknown, type: EdmType | undefined): ODataValue {
  if (raw === null || raw === undefined) return null;
  if (type === 'DateTime' && typeof raw === 'string') {
    const date = new Date(raw);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date) return raw;
  return null;
}

/** A world object (its keys are Exact property names) plus derived values, typed for the query layer. */
export function toRow(source: object, extras: Record<string, unknown>, types: ReadonlyMap<string, EdmType>): Row {
  const row: Record<string, ODataValue> = {};
  for (const [name, raw] of [...Object.entries(source), ...Object.entries(extras)]) {
    if (types.has(name)) row[name] = toValue(raw, types.get(name));
  }
  return row;
}

type Types = ReadonlyMap<string, EdmType>;

export const rowsFor = {
  salesOrders: (d: ExactDivision, t: Types): Row[] =>
    d.salesOrders.map((o) =>
      toRow(o, {
        Division: d.division, Currency: CURRENCY, AmountFC: o.AmountDC, Created: o.Created ?? o.OrderDate, Modified: o.Created ?? o.OrderDate,
        StatusDescription: label(LABELS.salesOrderStatus, o.Status),
      }, t),
    ),
  salesInvoices: (d: ExactDivision, t: Types): Row[] =>
    d.salesInvoices.map((i) =>
      toRow(i, {
        Division: d.division, Currency: CURRENCY, AmountFC: i.AmountDC, Created: i.Created ?? i.InvoiceDate, Modified: i.Created ?? i.InvoiceDate,
        StatusDescription: label(LABELS.salesInvoiceStatus, i.Status), TypeDescription: label(LABELS.salesInvoiceType, i.Type),
      }, t),
    ),
  salesEntries: (d: ExactDivision, t: Types): Row[] =>
    d.salesEntries.map((e) =>
      toRow(e, {
        Division: d.division, Currency: CURRENCY, AmountFC: e.AmountDC, Created: e.Created ?? e.EntryDate, Modified: e.Created ?? e.EntryDate,
        StatusDescription: label(LABELS.salesEntryStatus, e.Status), TypeDescription: label(LABELS.salesEntryType, e.Type),
      }, t),
    ),
  items: (d: ExactDivision, t: Types): Row[] => d.items.map((item) => toRow(item, { Division: d.division }, t)),
  itemWarehouses: (d: ExactDivision, t: Types): Row[] =>
    d.itemWarehouses.map((link) => {
      const item = d.items.find((candidate) => candidate.ID === link.Item);
      const warehouse = d.warehouses.find((candidate) => candidate.ID === link.Warehouse);
      return toRow(link, {
        Division: d.division,
        ItemDescription: item?.Description ?? null,
        ItemIsStockItem: item?.IsStockItem ?? null,
        ItemStartDate: item?.StartDate ?? null,
        ItemEndDate: item?.EndDate ?? null,
        WarehouseDescription: warehouse?.Description ?? null,
      }, t);
    }),
  warehouses: (d: ExactDivision, t: Types): Row[] => d.warehouses.map((w) => toRow(w, { Division: d.division }, t)),
  vatCodes: (d: ExactDivision, t: Types): Row[] => d.vatCodes.map((v) => toRow(v, { Division: d.division }, t)),
  glAccounts: (d: ExactDivision, t: Types): Row[] => d.glAccounts.map((g) => toRow(g, { Division: d.division }, t)),
};

export function meRow(user: ExactUser, divisionName: string | null, t: Types): Row {
  const [firstName = '', ...rest] = user.fullName.split(' ');
  return toRow({}, {
    UserID: user.userId,
    CurrentDivision: user.currentDivision,
    AccountingDivision: user.currentDivision,
    FullName: user.fullName,
    FirstName: firstName,
    LastName: rest.join(' '),
    Email: user.email,
    UserName: user.email,
    DivisionCustomerName: divisionName,
    Language: 'NL',
    LanguageCode: 'nl-NL',
    Legislation: 1,
  }, t);
}
