import { z } from 'zod';
import { CheckResultSchema, VerdictSchema } from '../checks/types';
import { MessageSchema } from '../i18n/message';
import { FailureSchema } from '../model/fetched';
import { PlatformSchema } from '../model/order';

/**
 * Every payload that crosses a context boundary, as a strict zod schema. The receiver parses
 * before it acts; unknown keys are refused (strictObject), strings are bounded.
 */
const OrderIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Panel → background, over the `diagnose` port. The page URL is NOT sent: the worker reads the
 * sender's tab, which the browser fills in. */
export const DiagnoseRequestSchema = z.strictObject({
  type: z.literal('diagnose'),
  orderId: OrderIdSchema,
  /** Skip caches (the merchant pressed "Check again" after fixing something). */
  fresh: z.boolean(),
});
export type DiagnoseRequest = z.infer<typeof DiagnoseRequestSchema>;

/** What the panel may know about the order: no raw API data, no credentials. */
export const OrderSummarySchema = z.object({
  orderNumber: z.string().max(100),
  createdAt: z.string().max(40),
  statusRaw: z.string().max(100),
  total: z.string().max(40),
});
export type OrderSummary = z.infer<typeof OrderSummarySchema>;

export const DiagnosisSchema = z.object({
  connectionLabel: z.string().max(100),
  platform: PlatformSchema,
  orderId: OrderIdSchema,
  order: OrderSummarySchema.nullable(),
  results: z.array(CheckResultSchema).max(8),
  verdict: VerdictSchema,
  checkedAt: z.string(),
});
export type Diagnosis = z.infer<typeof DiagnosisSchema>;

/** Background → panel over the port: progress first (checks still running), then the result. */
export const DiagnoseEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), stage: z.enum(['reading-order', 'reading-accounting']), done: z.array(CheckResultSchema).max(8) }),
  z.object({ type: z.literal('result'), diagnosis: DiagnosisSchema }),
  /** No diagnosis possible at all (no connection for this shop, bad request). */
  z.object({ type: z.literal('unavailable'), reason: MessageSchema, failure: FailureSchema.nullable() }),
]);
export type DiagnoseEvent = z.infer<typeof DiagnoseEventSchema>;

export const DIAGNOSE_PORT = 'diagnose';
