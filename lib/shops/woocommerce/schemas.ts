import { z } from 'zod';
import { readErrorBody } from '../shared/errors';

/**
 * Zod shapes of the WooCommerce REST v3 answers import-doctor reads. Fields the mapping uses are
 * required (a missing one is a malformed answer); the rest is lenient or ignored.
 */

/** Money is a string with 2 decimals ("29.35"); a number is tolerated. Exponents and junk are not. */
export const DecimalSchema = z
  .union([z.string().trim().regex(/^-?\d{1,20}(?:\.\d{1,20})?$/).transform(Number), z.number()])
  .pipe(z.number().finite());

/** Woo dates: `YYYY-MM-DDTHH:MM:SS`, no offset (the `_gmt` fields are UTC). */
const WOO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})?$/;
export const GmtDateSchema = z.string().regex(WOO_DATE);

const AddressSchema = z.object({ country: z.string().nullish() }).nullish();

/** One `taxes` entry of a line: `{id, total, subtotal}`; a rate not applied may carry total "". */
const LineTaxSchema = z.object({ id: z.number().int(), total: z.union([DecimalSchema, z.literal('')]).nullish() });

export const WooLineItemSchema = z.object({
  name: z.string(),
  quantity: z.number().int(),
  /** '' when the product has no SKU or was deleted; null tolerated. */
  sku: z.string().nullish(),
  /** Line total after discounts, excluding tax. */
  total: DecimalSchema,
  total_tax: DecimalSchema,
  /** `{id, total, subtotal}` per tax rate applied; only the presence and the rate ids are read. */
  taxes: z.array(z.unknown()).nullish(),
});
export type WooLineItem = z.infer<typeof WooLineItemSchema>;

export const WooTaxLineSchema = z.object({
  rate_id: z.number().int(),
  rate_percent: z.number().finite().nullish(),
});
export type WooTaxLine = z.infer<typeof WooTaxLineSchema>;

export const WooOrderSchema = z.object({
  id: z.number().int().positive(),
  /** What the connector writes into YourRef; a string, a number tolerated. */
  number: z.union([z.string(), z.number().int().nonnegative().transform(String)]),
  status: z.string(),
  currency: z.string(),
  date_created_gmt: GmtDateSchema,
  /** Only whether it is set is read (unset dates are null). */
  date_paid_gmt: z.string().nullish(),
  date_paid: z.string().nullish(),
  total: DecimalSchema,
  shipping_total: DecimalSchema,
  shipping_tax: DecimalSchema,
  billing: AddressSchema,
  shipping: AddressSchema,
  line_items: z.array(WooLineItemSchema),
  /** Only read for the rates; a bad entry is skipped rather than failing the order. */
  tax_lines: z.array(z.unknown()).nullish(),
});
export type WooOrder = z.infer<typeof WooOrderSchema>;

/** The list endpoint answers an array; each element is parsed on its own (to name a bad order). */
export const WooOrderListSchema = z.array(z.unknown());

/** What the credential probe needs: any JSON array (the key may read orders, even none). */
export const ProbeListSchema = z.array(z.unknown());

/** WordPress / WooCommerce REST error body. */
const WooErrorSchema = z.object({
  code: z.string(),
  message: z.string().optional(),
  data: z.unknown().optional(),
});

/** The error code and message of an error body, or null when the body is not a WP REST error. */
export interface WooErrorBody {
  code: string;
  message: string;
}

export function wooErrorBody(bodyText: string): WooErrorBody | null {
  const body = readErrorBody(bodyText, WooErrorSchema);
  if (body === null) return null;
  return { code: body.code.slice(0, 200), message: (body.message ?? '').slice(0, 500) };
}

/** Tax lines that carry a usable rate, by rate id; entries of another shape are ignored. */
export function taxRatesById(taxLines: readonly unknown[] | null | undefined): Map<number, number> {
  const rates = new Map<number, number>();
  for (const entry of taxLines ?? []) {
    const parsed = WooTaxLineSchema.safeParse(entry);
    if (parsed.success && typeof parsed.data.rate_percent === 'number') rates.set(parsed.data.rate_id, parsed.data.rate_percent);
  }
  return rates;
}

/** A line's `taxes` entries as rate id and amount (0 for ""); entries of another shape are ignored. */
export function lineTaxes(taxes: readonly unknown[] | null | undefined): { id: number; amount: number }[] {
  return (taxes ?? []).flatMap((entry) => {
    const parsed = LineTaxSchema.safeParse(entry);
    if (!parsed.success) return [];
    const total = parsed.data.total;
    return [{ id: parsed.data.id, amount: typeof total === 'number' ? total : 0 }];
  });
}
