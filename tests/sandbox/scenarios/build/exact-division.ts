import type { ExactDivision, ExactGlAccount, ExactItem, ExactSalesOrder, ExactVatCode } from '../../exact/world';
import { guid } from './guid';

/**
 * Builds an Exact division in Exact's own terms from a short spec: a healthy chart (VAT codes,
 * GL accounts, warehouses '1' main and '2' returns) plus the items and sales orders given.
 */
export interface ItemSpec {
  code: string;
  description: string;
  stock: boolean;
  /** ISO instant; default 2020-01-01. null counts as started. */
  startDate?: string | null;
  endDate?: string | null;
  /** Warehouse codes the item is linked to; default ['1'] for stock items, none otherwise. */
  warehouses?: string[];
}

export interface SalesOrderSpec {
  orderNumber: number;
  yourRef: string | null;
  /** ISO instant (midnight UTC of the date, as Exact stores dates). */
  orderDate: string;
  amountDC: number;
  customer?: string;
  /** ISO instant the record was made (Exact's Created); default: the order date. */
  created?: string;
}

export interface DivisionSpec {
  division: number;
  name: string;
  items: ItemSpec[];
  salesOrders?: SalesOrderSpec[];
  blockedVatCodes?: string[];
  blockedGlAccounts?: string[];
}

// Percentage as a fraction (0.21): Exact's scale is unconfirmed (api/exact-online.md §2.7).
const VAT_CODES: [code: string, description: string, percentage: number, type: string][] = [
  ['VH', 'BTW hoog 21%', 0.21, 'I'],
  ['VL', 'BTW laag 9%', 0.09, 'I'],
  ['V0', 'BTW 0%', 0, 'B'],
  ['VEU', 'Intracommunautaire levering', 0, 'B'],
  ['VEX', 'Export buiten de EU', 0, 'B'],
];

const GL_ACCOUNTS: [code: string, description: string, type: number][] = [
  ['1300', 'Debiteuren', 20],
  ['1500', 'Af te dragen btw', 24],
  ['8000', 'Omzet binnenland', 110],
  ['8010', 'Omzet EU', 110],
  ['8020', 'Omzet buiten de EU', 110],
  ['8050', 'Verzendkosten', 110],
];

const WAREHOUSES = [
  { code: '1', description: 'Hoofdmagazijn', main: 1 as const },
  { code: '2', description: 'Retouren', main: 0 as const },
];

export function exactDivision(spec: DivisionSpec): ExactDivision {
  const id = (kind: string, key: string): string => guid(`${spec.division}/${kind}/${key}`);
  const vatCodes: ExactVatCode[] = VAT_CODES.map(([code, description, percentage, type]) => ({
    ID: id('vat', code), Code: code, Description: description, Percentage: percentage, Type: type,
    IsBlocked: spec.blockedVatCodes?.includes(code) ?? false,
  }));
  const glAccounts: ExactGlAccount[] = GL_ACCOUNTS.map(([code, description, type]) => ({
    ID: id('gl', code), Code: code, Description: description, Type: type,
    IsBlocked: spec.blockedGlAccounts?.includes(code) ?? false,
  }));
  const warehouses = WAREHOUSES.map((w) => ({ ID: id('warehouse', w.code), Code: w.code, Description: w.description, Main: w.main }));
  const items: ExactItem[] = spec.items.map((i) => ({
    ID: id('item', i.code), Code: i.code, Description: i.description,
    StartDate: i.startDate === undefined ? '2020-01-01T00:00:00.000Z' : i.startDate,
    EndDate: i.endDate ?? null, IsStockItem: i.stock, IsSalesItem: true,
  }));
  const itemWarehouses = spec.items.flatMap((i) =>
    (i.warehouses ?? (i.stock ? ['1'] : [])).map((code) => ({
      ID: id('item-warehouse', `${i.code}@${code}`), Item: id('item', i.code), ItemCode: i.code,
      Warehouse: id('warehouse', code), WarehouseCode: code,
    })),
  );
  const salesOrders: ExactSalesOrder[] = (spec.salesOrders ?? []).map((s) => ({
    OrderID: id('sales-order', String(s.orderNumber)), OrderNumber: s.orderNumber, YourRef: s.yourRef,
    OrderDate: s.orderDate, AmountDC: s.amountDC, OrderedByName: s.customer ?? 'Webshop klant', Status: 12,
    ...(s.created === undefined ? {} : { Created: s.created }),
  }));
  return {
    division: spec.division, name: spec.name, vatCodes, glAccounts, warehouses, items, itemWarehouses,
    salesOrders, salesInvoices: [], salesEntries: [],
  };
}
