import { docFields, type DocEntity } from './fields';
import type { EdmType, EntityShape, Row } from './odata';
import { rowsFor } from './records';
import type { ExactDivision } from './world';

/** Normal (CRUD) endpoints page at 60 records, bulk and sync at 1000 (api/exact-online.md §3). */
export const PAGE_SIZE = { normal: 60, bulk: 1000 } as const;

export interface ExactEntitySet extends EntityShape {
  /** After /api/v1/{division}/, e.g. `salesorder/SalesOrders`; matched case-insensitively. */
  path: string;
  pageSize: number;
  /** Normal endpoints want $select or $top; bulk endpoints insist on $select. */
  requires: 'select-or-top' | 'select';
  rows(division: ExactDivision): Row[];
}

/** `'A:Guid B:Int32'` → the typed properties the world fills; all other documented ones are Unknown. */
export function fieldTypes(entity: DocEntity, typed: string): Map<string, EdmType> {
  const map = new Map<string, EdmType>(docFields(entity).map((name) => [name, 'Unknown']));
  for (const pair of typed.split(/\s+/).filter(Boolean)) {
    const [name = '', type = 'Unknown'] = pair.split(':');
    map.set(name, type as EdmType);
  }
  return map;
}

interface SetSpec {
  path: string;
  typeName: string;
  key: string;
  entity: Exclude<DocEntity, 'me'>;
  typed: string;
  navigation?: string[];
  /** Bulk twin, e.g. `bulk/SalesOrder/SalesOrders`. */
  bulkPath?: string;
}

const AUDIT = 'Division:Int32 Created:DateTime Modified:DateTime';
const SPECS: SetSpec[] = [
  {
    path: 'salesorder/SalesOrders', typeName: 'Exact.Web.Api.Models.SalesOrder', key: 'OrderID', entity: 'salesOrders',
    typed: `OrderID:Guid OrderNumber:Int32 YourRef:String OrderDate:DateTime AmountDC:Double AmountFC:Double
      OrderedByName:String Status:Int32 StatusDescription:String Currency:String Description:String ${AUDIT}`,
    navigation: ['SalesOrderLines', 'SalesOrderOrderChargeLines'],
    bulkPath: 'bulk/SalesOrder/SalesOrders',
  },
  {
    path: 'salesinvoice/SalesInvoices', typeName: 'Exact.Web.Api.Models.SalesInvoice', key: 'InvoiceID', entity: 'salesInvoices',
    typed: `InvoiceID:Guid InvoiceNumber:Int32 YourRef:String InvoiceDate:DateTime AmountDC:Double AmountFC:Double
      InvoiceToName:String Status:Int32 StatusDescription:String Type:Int32 TypeDescription:String Currency:String ${AUDIT}`,
    navigation: ['SalesInvoiceLines'],
    bulkPath: 'bulk/SalesInvoice/SalesInvoices',
  },
  {
    path: 'salesentry/SalesEntries', typeName: 'Exact.Web.Api.Models.SalesEntry', key: 'EntryID', entity: 'salesEntries',
    typed: `EntryID:Guid EntryNumber:Int32 YourRef:String EntryDate:DateTime AmountDC:Double AmountFC:Double
      CustomerName:String Status:Int32 StatusDescription:String Type:Int32 TypeDescription:String Currency:String ${AUDIT}`,
    navigation: ['SalesEntryLines'],
  },
  {
    path: 'logistics/Items', typeName: 'Exact.Web.Api.Models.Item', key: 'ID', entity: 'items',
    typed: `ID:Guid Code:String Description:String StartDate:DateTime EndDate:DateTime IsStockItem:Boolean
      IsSalesItem:Boolean Division:Int32`,
    bulkPath: 'bulk/Logistics/Items',
  },
  {
    path: 'inventory/ItemWarehouses', typeName: 'Exact.Web.Api.Models.ItemWarehouse', key: 'ID', entity: 'itemWarehouses',
    typed: `ID:Guid Item:Guid ItemCode:String ItemDescription:String ItemIsStockItem:Boolean ItemStartDate:DateTime
      ItemEndDate:DateTime Warehouse:Guid WarehouseCode:String WarehouseDescription:String Division:Int32`,
  },
  {
    path: 'inventory/Warehouses', typeName: 'Exact.Web.Api.Models.Warehouse', key: 'ID', entity: 'warehouses',
    typed: 'ID:Guid Code:String Description:String Main:Int32 Division:Int32',
  },
  {
    path: 'vat/VATCodes', typeName: 'Exact.Web.Api.Models.VATCode', key: 'ID', entity: 'vatCodes',
    typed: 'ID:Guid Code:String Description:String IsBlocked:Boolean Percentage:Double Type:String Division:Int32',
    navigation: ['VATPercentages'],
  },
  {
    path: 'financial/GLAccounts', typeName: 'Exact.Web.Api.Models.GLAccount', key: 'ID', entity: 'glAccounts',
    typed: 'ID:Guid Code:String Description:String IsBlocked:Boolean Type:Int32 Division:Int32',
    bulkPath: 'bulk/Financial/GLAccounts',
  },
];

function buildSets(spec: SetSpec): ExactEntitySet[] {
  const fields = fieldTypes(spec.entity, spec.typed);
  const rows = (division: ExactDivision): Row[] => rowsFor[spec.entity](division, fields);
  const normal: ExactEntitySet = {
    path: spec.path, typeName: spec.typeName, key: spec.key, fields, navigation: spec.navigation ?? [],
    pageSize: PAGE_SIZE.normal, requires: 'select-or-top', rows,
  };
  if (!spec.bulkPath) return [normal];
  // Bulk endpoints serve the same records without navigation links (unconfirmed detail).
  return [normal, { ...normal, path: spec.bulkPath, navigation: [], pageSize: PAGE_SIZE.bulk, requires: 'select' }];
}

/** The division-scoped entity sets this sandbox serves; add a row to SPECS for more. */
export const ENTITY_SETS: readonly ExactEntitySet[] = SPECS.flatMap(buildSets);

export function findEntitySet(path: string): ExactEntitySet | undefined {
  const wanted = path.toLowerCase();
  return ENTITY_SETS.find((set) => set.path.toLowerCase() === wanted);
}

export const ME_SHAPE: EntityShape = {
  typeName: 'Exact.Web.Api.Models.System.Me',
  key: 'UserID',
  fields: fieldTypes(
    'me',
    `UserID:Guid CurrentDivision:Int32 AccountingDivision:Int32 FullName:String FirstName:String LastName:String
      Email:String UserName:String DivisionCustomerName:String Language:String LanguageCode:String Legislation:Int32`,
  ),
  navigation: [],
};
