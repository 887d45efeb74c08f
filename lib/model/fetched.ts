import { z } from 'zod';

/**
 * Why a call to a shop or accounting API did not give a usable answer. Every network and parse
 * failure becomes one of these kinds, so a check can turn it into a sentence for the merchant.
 */
export const FailureKindSchema = z.enum([
  'unauthorized', // 401, invalid_grant: the credentials are refused
  'forbidden', // 403: credentials valid, but no right to this resource
  'not-found', // 404 or an empty lookup where one record was expected
  'not-visible', // exists maybe, but outside what the token may see (a platform's read window, e.g. 60 days)
  'rate-limited', // 429 / THROTTLED with the retries spent, or the daily budget gone
  'error-budget', // we stopped asking: this endpoint answered errors too often this hour (Exact blocks at 10)
  'timeout', // no answer in time
  'offline', // network error, DNS, connection refused
  'server', // 5xx with the retries spent
  'malformed', // not JSON, truncated, or not the shape the API promises
  'not-connected', // no credentials stored yet, or re-consent needed
  'permission-missing', // the browser host permission for this origin is not granted
  'redirected', // the server pointed elsewhere (3xx); not followed, so no key travels there
]);
export type FailureKind = z.infer<typeof FailureKindSchema>;

export const SideSchema = z.enum(['shop', 'accounting']);
export type Side = z.infer<typeof SideSchema>;

export const FailureSchema = z.object({
  kind: FailureKindSchema,
  side: SideSchema,
  /** Which call failed, for the technical detail: e.g. "Exact GET vat/VATCodes". Never a URL with secrets. */
  call: z.string().max(200),
  httpStatus: z.number().int().nullable(),
  /** Technical detail one click away (provider message, schema issue). Never a token. */
  detail: z.string().max(1000),
  /** rate-limited: when the API said it may be asked again (Retry-After, a reset header). */
  retryAt: z.iso.datetime({ offset: true }).optional(),
});
export type Failure = z.infer<typeof FailureSchema>;

/** The result of reading something that a check needs: a value, or why it could not be read. */
export type Fetched<T> = { ok: true; value: T } | { ok: false; failure: Failure };

export function fetchedSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), failure: FailureSchema }),
  ]);
}

export const ok = <T>(value: T): Fetched<T> => ({ ok: true, value });
export const failed = <T = never>(failure: Failure): Fetched<T> => ({ ok: false, failure });
