/**
 * The data one Exact Online instance serves, in Exact's own terms (field names as in ../shared/api).
 * Dates are JS Date-able ISO strings here; the host renders them as "/Date(ms)/".
 */
export interface ExactApp {
  clientId: string;
  clientSecret: string;
  /** Shown on the consent page; defaults to "import-doctor". */
  name?: string;
}

export interface ExactUser {
  userId: string;
  fullName: string;
  email: string;
  currentDivision: number;
  /** Divisions this user may use. */
  divisions: number[];
}

export interface ExactVatCode { ID: string; Code: string; Description: string; IsBlocked: boolean; Percentage: number; Type: string }
export interface ExactGlAccount { ID: string; Code: string; Description: string; IsBlocked: boolean; Type: number }
export interface ExactWarehouse { ID: string; Code: string; Description: string; Main: 0 | 1 }
export interface ExactItem {
  ID: string;
  Code: string;
  Description: string;
  StartDate: string | null;
  EndDate: string | null;
  IsStockItem: boolean;
  IsSalesItem: boolean;
}
export interface ExactItemWarehouse { ID: string; Item: string; ItemCode: string; Warehouse: string; WarehouseCode: string }
/** `Created` (ISO instant): when the record was made, e.g. by the connector's run; default: its document date. */
export interface ExactSalesOrder { OrderID: string; OrderNumber: number; YourRef: string | null; OrderDate: string; AmountDC: number; OrderedByName: string; Status: number; Created?: string }
export interface ExactSalesInvoice { InvoiceID: string; InvoiceNumber: number; YourRef: string | null; InvoiceDate: string; AmountDC: number; InvoiceToName: string; Status: number; Type: number; Created?: string }
export interface ExactSalesEntry { EntryID: string; EntryNumber: number; YourRef: string | null; EntryDate: string; AmountDC: number; CustomerName: string; Status: number; Type: number; Created?: string }

export interface ExactDivision {
  division: number;
  name: string;
  vatCodes: ExactVatCode[];
  glAccounts: ExactGlAccount[];
  warehouses: ExactWarehouse[];
  items: ExactItem[];
  itemWarehouses: ExactItemWarehouse[];
  salesOrders: ExactSalesOrder[];
  salesInvoices: ExactSalesInvoice[];
  salesEntries: ExactSalesEntry[];
  /**
   * Endpoints where this division enforces a $filter, beyond the confirmed ones every division
   * enforces (facts.ts MANDATORY_FILTERS_CONFIRMED); e.g. MANDATORY_FILTERS_MASTER_DATA.
   */
  mandatoryFilters?: Record<string, readonly string[]>;
  /** Endpoints this division's users may not read (Exact answers 403), e.g. a role without VAT rights. */
  forbiddenEndpoints?: readonly string[];
  /** The bulk document endpoints refuse a filter on the document date (sync-facts.ts). */
  refusesBulkDateFilter?: boolean;
}

export interface ExactWorld {
  /** e.g. start.exactonline.nl */
  host: string;
  apps: ExactApp[];
  users: ExactUser[];
  divisions: ExactDivision[];
  /** Daily call limit reported in X-RateLimit-Limit (5000 by default). */
  dailyLimit: number;
  minutelyLimit: number;
}
