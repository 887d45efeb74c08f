import { z } from 'zod';

/**
 * Credentials as the options page sends them to the background: bounded, no whitespace inside,
 * written once and never read back to a page. The background parses them again with the shop
 * adapter's own credentialsSchema (shop) or the Exact adapter's ExactAppSchema (app) before storing.
 */
const secretText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^\S+$/);

/** Field name → value, as each descriptor's `credentials` name them (`{accessToken}`, `{consumerKey, consumerSecret}`). */
export const ShopCredentialsInputSchema = z
  .record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/), secretText(2000))
  .refine((fields) => Object.keys(fields).length >= 1 && Object.keys(fields).length <= 8);
export type ShopCredentialsInput = z.infer<typeof ShopCredentialsInputSchema>;

/** The merchant's own Exact Online app (App Center): client id and client secret. */
export const ExactAppInputSchema = z.strictObject({
  clientId: secretText(200),
  clientSecret: secretText(500),
});
export type ExactAppInput = z.infer<typeof ExactAppInputSchema>;
