import type { DocumentType } from '../../model/accounting';

/**
 * Where the reconciliation can read each document type, and what Exact says when a bulk endpoint
 * will not filter on a field. One place for these facts, several of them (unconfirmed).
 *
 * Sources: picqer/exact-php-client src/Picqer/Financials/Exact/Sync*.php and Bulk*.php (entity
 * docblocks generated from Exact's field reference); picqer/exact-php-client issue #500 (the
 * refusal on bulk/CRM/Accounts: 400, "Filtering on these fields is not supported: …");
 * Airbyte's source-exact (ExactSyncStream: sync endpoints page by 1000, `Timestamp` is a row
 * version with no relation to a date, `$filter=Timestamp gt <n>L`, paging by `__next`).
 */

/*
 * (unconfirmed) whether bulk/SalesOrder/SalesOrders and bulk/SalesInvoice/SalesInvoices filter on
 * OrderDate / InvoiceDate at all: no public source lists their filterable fields (public scripts
 * do ask bulk/SalesInvoice/SalesInvoices `$filter=InvoiceDate ge datetime'…'`, so some divisions
 * accept it). Hence the fallback. (unconfirmed) that a row's Timestamp grows with every change of the row, counter-like
 * (Invantive calls it an "ever-incrementing counter"): the watermarks (document-route.ts) rely on
 * it. Rows in Timestamp order: (unconfirmed), and not relied on.
 */

/** The start of Exact's 400 message when a bulk endpoint does not filter on a field (issue #500). */
export const FILTER_REFUSED_PATTERN = /filtering on these fields is not supported/i;

/**
 * Where each document list is read when its bulk endpoint refuses the date filter, or null where
 * there is nothing to fall back from.
 * - sales orders: the sync twin `sync/SalesOrder/SalesOrderHeaders`, one row per order
 *   (SyncSalesOrderHeader.php). `sync/SalesOrder/SalesOrders` is not used: one row per order
 *   *line*, and marked deprecated by Exact (SyncSalesOrder.php, @deprecated).
 * - sales invoices: the normal endpoint `salesinvoice/SalesInvoices`, with the same `$filter` on
 *   InvoiceDate and the same `$select` as the bulk read, 60 a page by `__next`: the same header
 *   fields, so the totals are Exact's own. picqer/exact-php-client SalesInvoice.php (docblock
 *   from Exact's SalesInvoiceSalesInvoices reference) lists InvoiceDate and AmountDC ("for the
 *   header … the SUM(AmountDC) of all lines") on this endpoint; public client code asks it
 *   `$filter=InvoiceDate gt datetime'…'` (GitHub code, not a vendor statement).
 *   `sync/SalesInvoice/SalesInvoices` is not used: one row per invoice *line* (ID is the line,
 *   InvoiceID shared, AmountDC per line, SyncSalesInvoice.php; Invantive documents the same
 *   columns as "SalesInvoiceLinesIncremental", keyed by the line's ID); whether a header row with
 *   the invoice total is among them is (unconfirmed), so a total cannot be trusted from it: the
 *   docblock says AmountFC is "for normal lines … the amount excluding VAT" and marks
 *   AmountFCExclVat and AmountDiscount "Only supported for header", but states neither which row is
 *   the header nor that a line's AmountDC includes VAT.
 *   (unconfirmed) that InvoiceDate is among the fields Exact's mandatory filtering accepts on
 *   salesinvoice/SalesInvoices (it has a sync twin, so the rule covers it; no public source lists
 *   its Filter column). If Exact refuses it there, the run fails plainly (400, counted by the
 *   error budget), never a wrong total.
 * - sales entries: read from the normal endpoint already (no bulk twin), nothing to fall back from.
 */
export type DocumentFallback = { feed: 'sync'; path: string } | { feed: 'normal-fallback'; path: string };

export const FALLBACKS: Record<DocumentType, DocumentFallback | null> = {
  'sales-order': { feed: 'sync', path: 'sync/SalesOrder/SalesOrderHeaders' },
  'sales-invoice': { feed: 'normal-fallback', path: 'salesinvoice/SalesInvoices' },
  'sales-entry': null,
};

/**
 * A sync row's last change (SyncSalesOrderHeader.php: `Modified`, "Last modified date"). That its
 * Timestamp was given at that same change is (unconfirmed); so is the zone of Exact's dates
 * (Airbyte's source-exact reads them as CET): a row says "changed at Modified, version Timestamp"
 * only with a day's margin.
 */
export const MODIFIED_FIELD = 'Modified';
export const MODIFIED_MARGIN_MS = 86_400_000;

/** The row version every sync endpoint carries (Edm.Int64; sent as a JSON string, (unconfirmed)). */
export const TIMESTAMP_FIELD = 'Timestamp';

/**
 * The filter of a sync read: rows whose version is above `after`. The `L` suffix is OData v2's
 * Int64 literal, as Airbyte's source-exact sends it.
 */
export function timestampAfter(after: string): string {
  if (!/^\d{1,19}$/.test(after)) throw new Error(`not a sync timestamp: ${after.slice(0, 25)}`);
  return `${TIMESTAMP_FIELD} gt ${after}L`;
}

/**
 * Where a sync read starts when nothing is known: every row ever. (unconfirmed) that versions
 * start above 1: Exact's own example is `Timestamp gt 1` (api/exact-online.md §3).
 */
export const FIRST_TIMESTAMP = '1';

/** A division whose bulk filter was refused is asked again after this long (one refused call). */
export const RETRY_BULK_AFTER_MS = 7 * 86_400_000;
