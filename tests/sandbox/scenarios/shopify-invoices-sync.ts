import type { ExactDivision, ExactSalesInvoice } from '../exact/world';
import { FULL_MIX } from './build/bulk-core';
import { guid } from './build/guid';
import { shopifyBulk, type ShopifyBulkOptions } from './shopify-bulk';
import type { Scenario } from './types';

/**
 * shopify-bulk on Shopify Plus, with the connector's Facturen edition (it books each order as a
 * sales invoice; DOCUMENT_TYPE in lib/diagnosis/gather.ts), in a division whose bulk endpoints
 * refuse the filter on the document date ("Filtering on these fields is not supported:
 * InvoiceDate"; sandbox/exact/sync-facts.ts). The reconciliation must read the invoices from the
 * normal salesinvoice/SalesInvoices list and still reach shopify-bulk's ground truth.
 *
 * Check 8 (warehouse links) does not apply to the Facturen edition, so the mix has no order that
 * fails only there. The panel's verdicts are not claimed here (no expectations): this scenario
 * proves the reconciliation.
 */
export function shopifyInvoicesSync(options: ShopifyBulkOptions = {}): Scenario {
  const s = shopifyBulk({ name: 'shopify-invoices-sync', plan: 'plus', mix: { ...FULL_MIX, 'missing-8': 0 }, ...options });
  const divisions = s.exact.divisions.map((division) => ({ ...asInvoices(division), refusesBulkDateFilter: true }));
  const connections = s.connections.map((c) => ({ ...c, profile: { ...c.profile, connector: { ...c.profile.connector, edition: 'facturen' as const } } }));
  return {
    ...s,
    description: `${s.description} Connector edition Facturen; Exact's bulk endpoints refuse the date filter: invoices come from the normal invoice list.`,
    exact: { ...s.exact, divisions },
    connections,
    expectations: [],
  };
}

/** The division with each sales order booked as a processed sales invoice instead (same reference, date, total, Created). */
function asInvoices(division: ExactDivision): ExactDivision {
  const salesInvoices: ExactSalesInvoice[] = division.salesOrders.map((order) => ({
    InvoiceID: guid(`${division.division}/sales-invoice/${order.OrderNumber}`),
    InvoiceNumber: order.OrderNumber,
    YourRef: order.YourRef,
    InvoiceDate: order.OrderDate,
    AmountDC: order.AmountDC,
    InvoiceToName: order.OrderedByName,
    Status: 50,
    Type: 8020,
    ...(order.Created === undefined ? {} : { Created: order.Created }),
  }));
  return { ...division, salesOrders: [], salesInvoices };
}
