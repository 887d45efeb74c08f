/**
 * What the Exact Online sandbox says about Exact's error budget and mandatory filtering, in one
 * place. Sources, each read again for issue #15:
 * - Exact's "API limits" page (a copy of Exact's own text in public code; also quoted verbatim by
 *   forums.invantive.com thread 1040 and 1336): "No more than 10 errors per API key, per user, per
 *   company, per endpoint, and per hour. When you exceed this limit, your API key will be
 *   temporarily blocked from making further requests. The block will automatically be lifted after
 *   one hour and will gradually increase when you continue making these errors. Response code 400,
 *   401, 403, and 404 are counted as errors." and "Mandatory filtering on single and bulk endpoints
 *   where sync APIs are available." and "In the REST API reference documentation, click on an
 *   endpoint and check which property requires filtering in the Filter column. If you don't see
 *   the Filter column, it means that filtering is not yet mandatory within that endpoint."
 * - picqer/exact-php-client issue #591 (2022-10): the 400 "This endpoint has mandatory filtering
 *   applied. A GET request for this endpoint must have a $filter parameter with one of the
 *   following fields in the url:…" seen on the Account and Item models.
 * - Exact's reference pages (start.exactonline.nl/docs/HlpRestAPIResourcesDetails.aspx): CRMAccounts
 *   shows a Filter column ("Mandatory filter"); VATVATCodes and InventoryItemWarehouses, as stored,
 *   show none (so not mandatory when those copies were taken).
 * Everything marked (unconfirmed) was not found in a public source; correct it here.
 */

/** Exact's error budget: this many counted errors per app, user, division and endpoint … */
export const ERROR_BUDGET_LIMIT = 10;
/** … within this rolling window (an hour). */
export const ERROR_BUDGET_WINDOW_MS = 60 * 60 * 1000;
/** The answers Exact counts as errors. */
export const COUNTED_ERROR_STATUSES: readonly number[] = [400, 401, 403, 404];

/** The first block lasts an hour (confirmed: "lifted after one hour"). */
export const BLOCK_FIRST_MS = 60 * 60 * 1000;
/**
 * "will gradually increase when you continue making these errors": how much is (unconfirmed);
 * here every further block of the same key doubles the previous one.
 */
export const BLOCK_ESCALATION_FACTOR = 2;
/** The status code of a blocked request (unconfirmed; 429 Too Many Requests is the guess). */
export const BLOCK_STATUS = 429;
/** Its message in Exact's error body (unconfirmed wording). */
export const BLOCK_MESSAGE = 'Too many errors on this endpoint: the API key is temporarily blocked for this endpoint and company.';

/** Exact's 400 for a GET without the mandatory $filter (wording from picqer #591). */
export function mandatoryFilterMessage(fields: readonly string[]): string {
  return `This endpoint has mandatory filtering applied. A GET request for this endpoint must have a $filter parameter with one of the following fields in the url:${fields.join(',')}.`;
}

/** Endpoint path (as in the URL after the division, case-insensitive) → fields a $filter may use. */
export type MandatoryFilterRule = Record<string, readonly string[]>;

/**
 * Confirmed to enforce mandatory filtering: crm/Accounts (field list from picqer #591, Exact's
 * CRMAccounts page) and logistics/Items (#591; its field list was cut off in the report after
 * FreeBoolField_05, so the tail is (unconfirmed)). Every division enforces these.
 */
export const MANDATORY_FILTERS_CONFIRMED: MandatoryFilterRule = {
  'crm/Accounts': [
    'Accountant', 'AccountManager', 'AddressLine1', 'AddressLine2', 'AddressLine3', 'Blocked', 'BRIN', 'BSN',
    'ChamberOfCommerce', 'City', 'Classification1', 'Classification2', 'Classification3', 'Classification4',
    'Classification5', 'Classification6', 'Classification7', 'Classification8', 'Classification', 'Code',
    'CodeAtSupplier', 'Country', 'Created', 'Email', 'EndDate', 'Fax', 'ID', 'InvoiceAccount', 'IsAccountant',
    'IsReseller', 'IsSales', 'IsSupplier', 'MainContact', 'Modified', 'Name', 'Parent', 'Phone', 'Postcode',
    'PriceList', 'Reseller', 'RSIN', 'SearchCode', 'StartDate', 'Status', 'Type', 'VATNumber',
  ],
  'logistics/Items': [
    'Barcode', 'Class_01', 'Class_02', 'Class_03', 'Class_04', 'Class_05', 'Class_06', 'Class_07', 'Class_08',
    'Class_09', 'Class_10', 'Code', 'CostPriceNew', 'Created', 'Description', 'EndDate', 'ExtraDescription',
    'FreeBoolField_01', 'FreeBoolField_02', 'FreeBoolField_03', 'FreeBoolField_04', 'FreeBoolField_05',
    // (unconfirmed) the tail of the list
    'ID', 'IsSalesItem', 'IsStockItem', 'Modified', 'StartDate',
  ],
};

/**
 * The master-data endpoints import-doctor reads where enforcement is (unconfirmed): GL accounts and
 * item–warehouse links have sync twins (sync/Financial/GLAccounts, sync/Inventory/ItemWarehouses),
 * so Exact's rule covers them, though the stored ItemWarehouses page shows no Filter column; VAT
 * codes and warehouses have no sync twin and no Filter column. A scenario division that enforces
 * all of them proves the product stays within the rule wherever Exact applies it. Field lists
 * (unconfirmed): the fields a client filters master data on.
 */
export const MANDATORY_FILTERS_MASTER_DATA: MandatoryFilterRule = {
  'financial/GLAccounts': ['Code', 'Created', 'Description', 'ID', 'Modified', 'Type'],
  'inventory/ItemWarehouses': ['Created', 'ID', 'Item', 'ItemCode', 'Modified', 'Warehouse', 'WarehouseCode'],
  'vat/VATCodes': ['Code', 'Created', 'Description', 'ID', 'Modified'],
  'inventory/Warehouses': ['Code', 'Created', 'ID', 'Main', 'Modified'],
};

/** Headers of a blocked request: a Retry-After with the seconds left (unconfirmed). */
export function blockHeaders(secondsLeft: number): Record<string, string> {
  return { 'Retry-After': String(secondsLeft) };
}
