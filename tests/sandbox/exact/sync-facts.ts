/**
 * What this sandbox plays of Exact's bulk filter rules and sync endpoints, in one place, with the
 * sources; "(unconfirmed)" marks what no public source states.
 *
 * - Bulk endpoints accept `$filter` only on some fields: 400 "Filtering on these fields is not
 *   supported: <fields>" (picqer/exact-php-client issue #500, on bulk/CRM/Accounts). Which fields
 *   bulk/SalesOrder/SalesOrders and bulk/SalesInvoice/SalesInvoices accept is (unconfirmed): the
 *   lists below allow the key, the numbers, YourRef, the document date and the audit dates; a
 *   division can be made to refuse the document date (`refusesBulkDateFilter`). The rule is
 *   the bulk endpoints' only: the normal salesinvoice/SalesInvoices of such a division still
 *   filters on InvoiceDate (public client code asks it `InvoiceDate gt datetime'…'`); whether
 *   Exact's mandatory filtering accepts InvoiceDate there is (unconfirmed) and not played.
 * - The message's exact punctuation after the colon (a comma list) is (unconfirmed); issue #500
 *   shows it truncated.
 * - Sync endpoints (Airbyte source-exact ExactSyncStream; picqer Sync*.php): GET only, `$select`
 *   required, up to 1000 a page, `Timestamp` a row version (Edm.Int64) unrelated to dates,
 *   filtered `Timestamp gt <n>L`, paged by `__next`. sync/SalesOrder/SalesOrderHeaders holds one
 *   row per sales order (SyncSalesOrderHeader.php).
 * - Sync rows in Timestamp order, and `__next` as the caller's query plus `$skiptoken=<last
 *   Timestamp>L`: (unconfirmed). Only `Timestamp` is filterable on a sync endpoint: (unconfirmed).
 * - Int64 sent as a JSON string, as OData v2's JSON format does: (unconfirmed) for Exact.
 * - A Timestamp grows with every change (Invantive: an "ever-incrementing counter"); here it is
 *   derived from `Created` (milliseconds × 1000 plus a per-record offset), so it is stable while
 *   the world does not change a record.
 */

export const FILTER_REFUSED = 'Filtering on these fields is not supported: ';

/** (unconfirmed) fields each bulk document endpoint filters on. */
export const BULK_FILTERABLE: Readonly<Record<string, { fields: readonly string[]; dateField: string }>> = {
  'bulk/salesorder/salesorders': {
    fields: ['OrderID', 'OrderNumber', 'YourRef', 'OrderDate', 'Created', 'Modified', 'Status', 'Division'],
    dateField: 'OrderDate',
  },
  'bulk/salesinvoice/salesinvoices': {
    fields: ['InvoiceID', 'InvoiceNumber', 'YourRef', 'InvoiceDate', 'Created', 'Modified', 'Status', 'Division'],
    dateField: 'InvoiceDate',
  },
};

/** Sync endpoints and page size (1000, api/exact-online.md §3). */
export const SYNC_PAGE_SIZE = 1000;
export const SYNC_FILTERABLE: readonly string[] = ['Timestamp'];
