import { z } from 'zod';
import { InstantSchema } from '../../model/order';
import { readErrorBody } from '../shared/errors';

/**
 * Zod shapes of the bol.com answers import-doctor reads (api/bol.md §2, §4, §5). Fields the
 * mapping needs are required (a missing one is a malformed answer); the address country codes are
 * lenient on purpose: bol promises them, and when an answer lacks them check 6 judges (and fails),
 * which is the one way check 6 can fail on bol.com.
 */

// ---- token ----------------------------------------------------------------------------------

/** `expires_in` in seconds; a numeric string is tolerated. */
const SecondsSchema = z
  .union([z.number(), z.string().trim().regex(/^\d{1,7}$/).transform(Number)])
  .pipe(z.number().int().positive());

export const BolTokenResponseSchema = z.object({
  access_token: z.string().min(1).max(8000),
  token_type: z.string().optional(),
  expires_in: SecondsSchema,
  scope: z.string().optional(),
});
export type BolTokenResponse = z.infer<typeof BolTokenResponseSchema>;

// ---- errors ---------------------------------------------------------------------------------

const ProblemSchema = z
  .object({
    title: z.string().optional(),
    status: z.number().optional(),
    detail: z.string().optional(),
    violations: z.array(z.object({ name: z.string().optional(), reason: z.string().optional() }).loose()).optional(),
    // OAuth-style answers of login.bol.com (unconfirmed wording).
    error: z.string().optional(),
    error_description: z.string().optional(),
  })
  .loose();

/** bol's own words from an error body: `detail` first, then violations, OAuth `error_description`, `title`. */
export function problemMessage(bodyText: string): string | null {
  const body = readErrorBody(bodyText, ProblemSchema);
  if (body === null) return null;
  const p = body;
  const violations = (p.violations ?? [])
    .map((v) => [v.name, v.reason].filter(Boolean).join(': '))
    .filter((text) => text !== '')
    .join('; ');
  const oauth = p.error ? `${p.error}${p.error_description ? `: ${p.error_description}` : ''}` : null;
  const parts = [p.detail, violations || null, oauth, p.detail ? null : p.title].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  return parts.length > 0 ? parts.join(' — ').slice(0, 500) : null;
}

// ---- single order (get-order) ---------------------------------------------------------------

const QuantitySchema = z.number().int().min(0).max(1_000_000);
const PriceSchema = z.number().finite().min(-1_000_000).max(10_000_000);

/** shipmentDetails / billingDetails: only the country matters here; absent or empty means none. */
const AddressSchema = z.object({ countryCode: z.string().max(100).nullish() }).loose().nullish();

export const BolOrderItemSchema = z
  .object({
    orderItemId: z.string().nullish(),
    cancellationRequest: z.boolean().nullish(),
    offer: z.object({ offerId: z.string().nullish(), reference: z.string().max(1000).nullish() }).loose().nullish(),
    product: z.object({ ean: z.string().max(100).nullish(), title: z.string().max(2000).nullish() }).loose().nullish(),
    quantity: QuantitySchema,
    quantityShipped: QuantitySchema.nullish(),
    quantityCancelled: QuantitySchema.nullish(),
    /** Per unit, including VAT. */
    unitPrice: PriceSchema,
    totalPrice: PriceSchema.nullish(),
  })
  .loose();
export type BolOrderItem = z.infer<typeof BolOrderItemSchema>;

export const BolOrderSchema = z
  .object({
    orderId: z.string().min(1).max(64),
    pickupPoint: z.boolean().nullish(),
    orderPlacedDateTime: InstantSchema,
    shipmentDetails: AddressSchema,
    billingDetails: AddressSchema,
    orderItems: z.array(BolOrderItemSchema).max(1000),
  })
  .loose();
export type BolOrder = z.infer<typeof BolOrderSchema>;

// ---- order list (get-orders) ----------------------------------------------------------------

/** Of a listed item only its latest change is read: it tells whether the order changed since. */
export const BolReducedOrderItemSchema = z.object({ latestChangedDateTime: InstantSchema }).loose();

export const BolReducedOrderSchema = z
  .object({
    orderId: z.string().min(1).max(64),
    orderPlacedDateTime: InstantSchema,
    orderItems: z.array(BolReducedOrderItemSchema).min(1).max(1000),
  })
  .loose();

/** An empty page may come as `{}` without `orders` (unconfirmed): both read as no orders. */
export const BolReducedOrdersSchema = z
  .object({ orders: z.array(BolReducedOrderSchema).max(1000).nullish() })
  .loose();
export type BolReducedOrders = z.infer<typeof BolReducedOrdersSchema>;
