import { z } from 'zod';
import { InstantSchema } from '../../model/order';
import { readErrorBody } from '../shared/errors';

/**
 * Zod shapes of the Shopify Admin GraphQL answers import-doctor reads. Fields the mapping uses are
 * required (a missing one is a malformed answer); fields queried only for context are lenient.
 */

// ---- envelope and errors -------------------------------------------------------------------

export const GraphqlErrorSchema = z.object({
  message: z.string().optional(),
  extensions: z.object({ code: z.string().optional() }).loose().nullish(),
});
export type GraphqlError = z.infer<typeof GraphqlErrorSchema>;

/** Errors come as an array of GraphQL errors, or as one string (401 "[API] Invalid API key …"). */
export const GraphqlErrorsSchema = z.union([z.array(GraphqlErrorSchema), z.string()]);
export type GraphqlErrors = z.infer<typeof GraphqlErrorsSchema>;

/**
 * The outer shape only: `data` is judged after `errors`, so an error answer with partial or null
 * data is reported by its error, not as a shape mismatch.
 */
export const GraphqlEnvelopeSchema = z.object({
  data: z.unknown().optional(),
  errors: GraphqlErrorsSchema.optional(),
  extensions: z.unknown().optional(),
});
export type GraphqlEnvelope = z.infer<typeof GraphqlEnvelopeSchema>;

/** `errors` as a list of {code, message}, whatever form it came in. */
export function normalizeErrors(errors: GraphqlErrors): { code: string | null; message: string }[] {
  if (typeof errors === 'string') return [{ code: null, message: errors }];
  return errors.map((error) => ({ code: error.extensions?.code ?? null, message: error.message ?? '(no message)' }));
}

const ErrorBodySchema = z.object({ errors: GraphqlErrorsSchema });

/** The provider's message from an error body (401/403 carry `{"errors": "…"}`), or null. */
export function errorBodyMessage(bodyText: string): { codes: string[]; message: string } | null {
  const body = readErrorBody(bodyText, ErrorBodySchema);
  if (body === null) return null;
  const errors = normalizeErrors(body.errors);
  if (errors.length === 0) return null;
  return {
    codes: errors.flatMap((error) => (error.code === null ? [] : [error.code])),
    message: errors.map((error) => error.message).join('; ').slice(0, 1000),
  };
}

// ---- throttling ----------------------------------------------------------------------------

export const THROTTLE_FALLBACK_MS = 1000;

const ThrottledErrorSchema = z.object({ extensions: z.object({ code: z.literal('THROTTLED') }) });
const ThrottleBodySchema = z.object({ errors: z.array(z.unknown()) });
const ThrottleCostSchema = z.object({
  extensions: z.object({
    cost: z.object({
      requestedQueryCost: z.number(),
      throttleStatus: z.object({ currentlyAvailable: z.number(), restoreRate: z.number().positive() }),
    }),
  }),
});

/**
 * For `throttledWait`: null unless the body says THROTTLED; then the ms until the bucket holds the
 * requested cost again, ceil((requested − available) / restoreRate · 1000). Without a usable
 * throttle status (or when it claims enough is available already) it waits THROTTLE_FALLBACK_MS.
 */
export function throttleWaitMs(json: unknown): number | null {
  const body = ThrottleBodySchema.safeParse(json);
  if (!body.success) return null;
  if (!body.data.errors.some((error) => ThrottledErrorSchema.safeParse(error).success)) return null;
  const cost = ThrottleCostSchema.safeParse(json);
  if (!cost.success) return THROTTLE_FALLBACK_MS;
  const { requestedQueryCost, throttleStatus } = cost.data.extensions.cost;
  const wait = Math.ceil(((requestedQueryCost - throttleStatus.currentlyAvailable) / throttleStatus.restoreRate) * 1000);
  return Number.isFinite(wait) && wait > 0 ? wait : THROTTLE_FALLBACK_MS;
}

const ThrottleStatusSchema = z.object({
  cost: z.object({
    throttleStatus: z.object({
      maximumAvailable: z.number().positive(),
      currentlyAvailable: z.number().nonnegative(),
      restoreRate: z.number().positive(),
    }),
  }),
});

/** The bucket a successful answer reports in `extensions.cost.throttleStatus`, or null. */
export function throttleStatusOf(extensions: unknown): { maximum: number; available: number; restoreRate: number } | null {
  const parsed = ThrottleStatusSchema.safeParse(extensions);
  if (!parsed.success) return null;
  const { maximumAvailable, currentlyAvailable, restoreRate } = parsed.data.cost.throttleStatus;
  return { maximum: maximumAvailable, available: Math.min(currentlyAvailable, maximumAvailable), restoreRate };
}

// ---- order ---------------------------------------------------------------------------------

/** Shopify's Decimal is a string ("12.50"); a number is tolerated. Exponents and junk are not. */
const DecimalSchema = z
  .union([z.string().trim().regex(/^-?\d{1,20}(?:\.\d{1,20})?$/).transform(Number), z.number()])
  .pipe(z.number().finite());

const MoneyBagSchema = z.object({
  shopMoney: z.object({ amount: DecimalSchema, currencyCode: z.string().length(3) }),
});

const AddressSchema = z.object({ countryCodeV2: z.string().nullable() }).nullable();

const LineItemSchema = z.object({
  name: z.string(),
  sku: z.string().nullable(),
  quantity: z.number().int(),
  currentQuantity: z.number().int(),
  taxLines: z.array(z.object({ ratePercentage: z.number().nullish() })).nullish(),
});
export type ShopifyLineItem = z.infer<typeof LineItemSchema>;

const LineItemConnectionSchema = z.object({
  nodes: z.array(LineItemSchema),
  pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullish() }),
});
export type ShopifyLineItemConnection = z.infer<typeof LineItemConnectionSchema>;

export const ShopifyOrderNodeSchema = z.object({
  id: z.string().optional(),
  /** UnsignedInt64, serialized as a string: the id in the admin URL. */
  legacyResourceId: z.string().regex(/^\d{1,20}$/),
  name: z.string(),
  createdAt: InstantSchema,
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullish(),
  displayFinancialStatus: z.string().nullable(),
  displayFulfillmentStatus: z.string().nullish(),
  test: z.boolean().nullish(),
  currencyCode: z.string().nullish(),
  totalPriceSet: MoneyBagSchema,
  totalShippingPriceSet: MoneyBagSchema,
  billingAddress: AddressSchema,
  shippingAddress: AddressSchema,
  lineItems: LineItemConnectionSchema,
});
export type ShopifyOrderNode = z.infer<typeof ShopifyOrderNodeSchema>;

/** `currentAppInstallation` is optional so an answer without it still reads (scopes then unknown). */
export const OrderDataSchema = z.object({
  order: ShopifyOrderNodeSchema.nullable(),
  currentAppInstallation: z
    .object({ accessScopes: z.array(z.object({ handle: z.string() })) })
    .nullish(),
});
export type OrderData = z.infer<typeof OrderDataSchema>;

export const LineItemsPageDataSchema = z.object({
  order: z.object({ lineItems: LineItemConnectionSchema }).nullable(),
});

export const ShopDataSchema = z.object({ shop: z.object({ name: z.string() }) });

/** A page of the `orders` connection; every node must fit the order shape, or the page is malformed. */
export const OrdersPageDataSchema = z.object({
  orders: z.object({
    nodes: z.array(ShopifyOrderNodeSchema),
    pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullish() }),
  }),
});
