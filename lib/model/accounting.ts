import { z } from 'zod';
import { InstantSchema } from './order';

/** Accounting records normalized from the accounting API (Exact first). Dates as ISO instants. */

export const VatCodeSchema = z.object({
  code: z.string(),
  description: z.string(),
  blocked: z.boolean(),
  /** Percentage as a number of percent (21), when known. */
  percentage: z.number().nullable(),
});
export type VatCode = z.infer<typeof VatCodeSchema>;

export const GlAccountSchema = z.object({
  code: z.string(),
  description: z.string(),
  blocked: z.boolean(),
});
export type GlAccount = z.infer<typeof GlAccountSchema>;

export const DocumentTypeSchema = z.enum(['sales-order', 'sales-invoice', 'sales-entry']);
export type DocumentType = z.infer<typeof DocumentTypeSchema>;

/** A sales document whose YourRef equals an order number. */
export const AccountingDocumentSchema = z.object({
  type: DocumentTypeSchema,
  id: z.string(),
  /** OrderNumber, InvoiceNumber or EntryNumber as the merchant sees it. */
  number: z.string(),
  yourRef: z.string(),
  /** OrderDate, InvoiceDate or EntryDate. */
  date: InstantSchema,
  /** Total including VAT in the division's currency (AmountDC). */
  amountDC: z.number(),
  customerName: z.string().nullable(),
  /**
   * When the document was made in the books (Exact's `Created`), read by the paged list only: the
   * newest one tells roughly when the connector last ran. Absent when not asked, null when empty.
   */
  createdAt: InstantSchema.nullable().optional(),
});
export type AccountingDocument = z.infer<typeof AccountingDocumentSchema>;

export const ItemSchema = z.object({
  code: z.string(),
  description: z.string(),
  startDate: InstantSchema.nullable(),
  endDate: InstantSchema.nullable(),
  isStockItem: z.boolean(),
});
export type Item = z.infer<typeof ItemSchema>;

export const WarehouseSchema = z.object({
  id: z.string(),
  code: z.string(),
  description: z.string(),
  main: z.boolean(),
});
export type Warehouse = z.infer<typeof WarehouseSchema>;

export const ItemWarehouseSchema = z.object({
  itemCode: z.string(),
  warehouseCode: z.string(),
});
export type ItemWarehouse = z.infer<typeof ItemWarehouseSchema>;
