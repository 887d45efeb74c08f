import { z } from 'zod';
import type {
  AccountingDocument,
  DocumentType,
  GlAccount,
  Item,
  ItemWarehouse,
  VatCode,
  Warehouse,
} from '../../model/accounting';

/**
 * The shapes Exact Online's REST API (OData v2, JSON verbose) promises, parsed with zod and turned
 * straight into our normalized model. Why here: every byte from Exact passes one of these schemas
 * inside requestJson, so a surprising answer becomes ApiError 'malformed', never half-read data.
 * Unknown fields (`__metadata`, `__deferred` links, fields we did not $select) are ignored.
 */

// ---------------------------------------------------------------------------------------------
// Scalars

/**
 * Exact's DateTime: `"/Date(1455753600000)/"`, milliseconds since the Unix epoch, UTC. OData v2
 * may append an offset (`/Date(…+0100)/`); the milliseconds are UTC either way, so it is ignored.
 */
const EXACT_DATE = /^\/Date\((-?\d{1,16})(?:[+-]\d{4})?\)\/$/;

/** Parses an Exact date into an ISO instant (`…Z`), or null when it is not one. */
export function parseExactDate(raw: string): string | null {
  const match = EXACT_DATE.exec(raw);
  if (!match?.[1]) return null;
  const ms = Number(match[1]);
  if (!Number.isSafeInteger(ms)) return null;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A non-null Exact date → ISO instant; anything else fails the schema. */
export const ExactDateSchema = z.string().transform((raw, ctx) => {
  const iso = parseExactDate(raw);
  if (iso === null) {
    ctx.addIssue({ code: 'custom', message: `not an Exact date: ${raw.slice(0, 40)}` });
    return z.NEVER;
  }
  return iso;
});

/** An Exact date that may be empty: null stays null. */
export const ExactOptionalDateSchema = ExactDateSchema.nullable();

/** Codes come back trimmed: some Exact codes are space-padded (account codes are, 18 wide). */
const CodeSchema = z.string().transform((value) => value.trim());

/** Free text that Exact may leave empty (null). */
const TextSchema = z
  .string()
  .nullish()
  .transform((value) => value ?? '');

/** Exact mixes JSON booleans and bytes (0/1) for flags (`Warehouses.Main` is a byte). */
const FlagSchema = z.union([z.boolean(), z.literal(0), z.literal(1)]).transform((value) => value === true || value === 1);

const NumberSchema = z.number().finite();

/**
 * VAT percentage as a number of percent. The scale Exact uses for `VATCodes.Percentage` is
 * (unconfirmed): it may be a fraction (0.21) or percent (21). A value below 1 is read as a fraction
 * (no real VAT rate is below 1 %, and none is 100 %); 1 and above as percent. Rounded to 4 decimals
 * so 0.21 gives exactly 21.
 */
export function normalizeVatPercentage(value: number): number {
  const percent = Math.abs(value) < 1 ? value * 100 : value;
  return Math.round(percent * 10_000) / 10_000;
}

// ---------------------------------------------------------------------------------------------
// Envelopes

/** `{d:{results:[…], __next?}}`: the collection answer of every GET with $filter/$select. */
export function collectionSchema<T extends z.ZodType>(record: T) {
  return z.object({
    d: z.object({
      results: z.array(record),
      /** Absolute URL of the next page; present only when more records follow. */
      __next: z.string().min(1).nullish(),
    }),
  });
}
export type Collection<T> = { d: { results: T[]; __next?: string | null | undefined } };

/** `current/Me`: a collection with exactly one element. */
export const MeRecordSchema = z.object({
  CurrentDivision: z.number().int().positive(),
  FullName: z.string().nullish(),
  DivisionCustomerName: z.string().nullish(),
});
export const MeSchema = z.object({ d: z.object({ results: z.array(MeRecordSchema).min(1) }) });
export type MeRecord = z.infer<typeof MeRecordSchema>;

/** Exact's error body: `{"error":{"code":"","message":{"lang":"","value":"…"}}}`. */
export const ExactErrorBodySchema = z.object({
  error: z.object({ message: z.object({ value: z.string() }) }),
});

/** OAuth error body from the token endpoint: `{"error":"invalid_grant","error_description":"…"}`. */
export const OAuthErrorBodySchema = z.object({
  error: z.string(),
  error_description: z.string().optional(),
});

/**
 * Token endpoint answer. `expires_in` arrives as a STRING ("600"); a number is accepted too.
 * `token_type` is seen as "bearer" and "Bearer"; it is not needed.
 */
export const TokenResponseSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z
    .union([z.number(), z.string().trim().regex(/^\d+$/).transform(Number)])
    .pipe(z.number().int().positive().max(86_400)),
});
export type TokenResponse = z.infer<typeof TokenResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Records (each with the $select list that fetches exactly what it reads)

export const VAT_CODE_FIELDS = ['ID', 'Code', 'Description', 'IsBlocked', 'Percentage'] as const;
export const VatCodeRecordSchema = z
  .object({
    Code: CodeSchema,
    Description: TextSchema,
    IsBlocked: FlagSchema,
    Percentage: NumberSchema.nullish(),
  })
  .transform(
    (r): VatCode => ({
      code: r.Code,
      description: r.Description,
      blocked: r.IsBlocked,
      percentage: r.Percentage === null || r.Percentage === undefined ? null : normalizeVatPercentage(r.Percentage),
    }),
  );

export const GL_ACCOUNT_FIELDS = ['ID', 'Code', 'Description', 'IsBlocked'] as const;
export const GlAccountRecordSchema = z
  .object({ Code: CodeSchema, Description: TextSchema, IsBlocked: FlagSchema })
  .transform((r): GlAccount => ({ code: r.Code, description: r.Description, blocked: r.IsBlocked }));

export const WAREHOUSE_FIELDS = ['ID', 'Code', 'Description', 'Main'] as const;
export const WarehouseRecordSchema = z
  .object({ ID: z.string().min(1), Code: CodeSchema, Description: TextSchema, Main: FlagSchema })
  .transform((r): Warehouse => ({ id: r.ID, code: r.Code, description: r.Description, main: r.Main }));

export const ITEM_FIELDS = ['Code', 'Description', 'StartDate', 'EndDate', 'IsStockItem'] as const;
export const ItemRecordSchema = z
  .object({
    Code: CodeSchema,
    Description: TextSchema,
    StartDate: ExactOptionalDateSchema,
    EndDate: ExactOptionalDateSchema,
    IsStockItem: FlagSchema,
  })
  .transform(
    (r): Item => ({
      code: r.Code,
      description: r.Description,
      startDate: r.StartDate,
      endDate: r.EndDate,
      isStockItem: r.IsStockItem,
    }),
  );

export const ITEM_WAREHOUSE_FIELDS = ['ItemCode', 'WarehouseCode'] as const;
export const ItemWarehouseRecordSchema = z
  .object({ ItemCode: CodeSchema, WarehouseCode: CodeSchema })
  .transform((r): ItemWarehouse => ({ itemCode: r.ItemCode, warehouseCode: r.WarehouseCode }));

/**
 * A document number. InvoiceNumber may still be empty on a draft invoice (it can be assigned at
 * printing); the model wants a string, so an empty number becomes ''.
 */
const DocumentNumberSchema = z
  .union([z.number().int(), z.string()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? '' : String(value).trim()));

const CustomerNameSchema = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

/** `Created` is only $select-ed by the paged list; when it was not asked, createdAt stays absent. */
const CreatedSchema = ExactOptionalDateSchema.optional();
const withCreated = (created: string | null | undefined): Pick<AccountingDocument, 'createdAt'> =>
  created === undefined ? {} : { createdAt: created };

const SalesOrderRecordSchema = z
  .object({
    OrderID: z.string().min(1),
    OrderNumber: DocumentNumberSchema,
    YourRef: TextSchema,
    OrderDate: ExactDateSchema,
    AmountDC: NumberSchema,
    OrderedByName: CustomerNameSchema,
    Created: CreatedSchema,
  })
  .transform(
    (r): AccountingDocument => ({
      type: 'sales-order',
      id: r.OrderID,
      number: r.OrderNumber,
      yourRef: r.YourRef,
      date: r.OrderDate,
      amountDC: r.AmountDC,
      customerName: r.OrderedByName,
      ...withCreated(r.Created),
    }),
  );

const SalesInvoiceRecordSchema = z
  .object({
    InvoiceID: z.string().min(1),
    InvoiceNumber: DocumentNumberSchema,
    YourRef: TextSchema,
    InvoiceDate: ExactDateSchema,
    AmountDC: NumberSchema,
    InvoiceToName: CustomerNameSchema,
    Created: CreatedSchema,
  })
  .transform(
    (r): AccountingDocument => ({
      type: 'sales-invoice',
      id: r.InvoiceID,
      number: r.InvoiceNumber,
      yourRef: r.YourRef,
      date: r.InvoiceDate,
      amountDC: r.AmountDC,
      customerName: r.InvoiceToName,
      ...withCreated(r.Created),
    }),
  );

const SalesEntryRecordSchema = z
  .object({
    EntryID: z.string().min(1),
    EntryNumber: DocumentNumberSchema,
    YourRef: TextSchema,
    EntryDate: ExactDateSchema,
    AmountDC: NumberSchema,
    CustomerName: CustomerNameSchema,
    Created: CreatedSchema,
  })
  .transform(
    (r): AccountingDocument => ({
      type: 'sales-entry',
      id: r.EntryID,
      number: r.EntryNumber,
      yourRef: r.YourRef,
      date: r.EntryDate,
      amountDC: r.AmountDC,
      customerName: r.CustomerName,
      ...withCreated(r.Created),
    }),
  );

/** Which endpoint and fields hold each document type; all are looked up by YourRef. */
export interface DocumentSource {
  path: string;
  fields: readonly string[];
  schema: z.ZodType<AccountingDocument>;
  /** The document date the paged list filters on. */
  dateField: string;
  /**
   * The bulk twin (1000 a page, $select required; api/exact-online.md §3), or null where Exact
   * lists none (sales entries: the normal endpoint, 60 a page).
   */
  bulkPath: string | null;
}

/** Exact's `Created`, added to a source's fields by the paged list. */
export const CREATED_FIELD = 'Created';

export const DOCUMENT_SOURCES: Record<DocumentType, DocumentSource> = {
  'sales-order': {
    path: 'salesorder/SalesOrders',
    fields: ['OrderID', 'OrderNumber', 'YourRef', 'OrderDate', 'AmountDC', 'OrderedByName'],
    schema: SalesOrderRecordSchema,
    dateField: 'OrderDate',
    bulkPath: 'bulk/SalesOrder/SalesOrders',
  },
  'sales-invoice': {
    path: 'salesinvoice/SalesInvoices',
    fields: ['InvoiceID', 'InvoiceNumber', 'YourRef', 'InvoiceDate', 'AmountDC', 'InvoiceToName'],
    schema: SalesInvoiceRecordSchema,
    dateField: 'InvoiceDate',
    bulkPath: 'bulk/SalesInvoice/SalesInvoices',
  },
  'sales-entry': {
    path: 'salesentry/SalesEntries',
    fields: ['EntryID', 'EntryNumber', 'YourRef', 'EntryDate', 'AmountDC', 'CustomerName'],
    schema: SalesEntryRecordSchema,
    dateField: 'EntryDate',
    bulkPath: null,
  },
};
