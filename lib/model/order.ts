import { z } from 'zod';
import { platformIds } from '../shops/descriptors';

/** The shop platforms import-doctor knows: the ids of the descriptor registry (lib/shops/descriptors.ts). */
export const PlatformSchema = z.enum(platformIds);
export type Platform = z.infer<typeof PlatformSchema>;

/** An ISO 8601 timestamp with an offset (Z or ±hh:mm). Dates compare as instants. */
export const InstantSchema = z.iso.datetime({ offset: true });

export const MoneySchema = z.object({
  amount: z.number().finite(),
  currency: z.string().min(3).max(3),
});
export type Money = z.infer<typeof MoneySchema>;

export const OrderLineSchema = z.object({
  /** SKU as the shop gives it; '' when the line has none (check 7 fails such a line). */
  sku: z.string(),
  name: z.string(),
  quantity: z.number().int(),
  /** VAT rate in percent (21, 9, 0) when the shop tells it, else null. */
  vatRate: z.number().nullable(),
});
export type OrderLine = z.infer<typeof OrderLineSchema>;

/**
 * An order as every check sees it, whatever the platform. Built by a shop adapter from the shop API.
 * `orderNumber` is what the connector writes into Exact's YourRef field.
 */
export const OrderSchema = z.object({
  platform: PlatformSchema,
  /** The platform's own id of the order (the one in the admin URL and the API path). */
  orderId: z.string().min(1),
  /** What the connector writes into the reference: each descriptor's `connector.referenceField`. */
  orderNumber: z.string().min(1),
  createdAt: InstantSchema,
  status: z.object({
    /** The status exactly as the platform reports it, shown to the merchant as is. */
    raw: z.string(),
    cancelled: z.boolean(),
  }),
  paid: z.boolean(),
  /** Country codes as the shop gives them (may be '' or malformed: check 6 judges them). */
  billingCountry: z.string().nullable(),
  shippingCountry: z.string().nullable(),
  total: MoneySchema,
  /** Shipping total including VAT; "carries shipping cost" means above zero. */
  shippingTotal: z.number().finite(),
  lines: z.array(OrderLineSchema),
});
export type Order = z.infer<typeof OrderSchema>;

export function carriesShippingCost(order: Order): boolean {
  return order.shippingTotal > 0;
}
