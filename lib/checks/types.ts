import { z } from 'zod';
import { MessageSchema, type Message } from '../i18n/message';
import type { Fetched, Failure } from '../model/fetched';
import { FailureSchema } from '../model/fetched';
import type { Order, Platform } from '../model/order';
import type { ConnectionProfile } from '../model/connection';
import type {
  AccountingDocument,
  GlAccount,
  Item,
  ItemWarehouse,
  VatCode,
  Warehouse,
} from '../model/accounting';
import { AccountingDocumentSchema } from '../model/accounting';

export const CHECK_IDS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export const OutcomeSchema = z.enum(['pass', 'fail', 'warn', 'not-applicable', 'error']);
export type Outcome = z.infer<typeof OutcomeSchema>;

export const EvidenceSchema = z.object({
  label: MessageSchema,
  /** Pre-formatted, locale-neutral value (codes, ISO dates, amounts with currency). */
  value: z.string().max(1000),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const CheckResultSchema = z.object({
  id: z.number().int().min(1).max(8),
  outcome: OutcomeSchema,
  /** One sentence: what was found. */
  summary: MessageSchema,
  evidence: z.array(EvidenceSchema).max(50),
  /** What to do, on fail and warn. */
  fix: MessageSchema.nullable(),
  /** For `error`: the failed call, shown as technical detail. */
  failure: FailureSchema.nullable(),
  /** Check 5 on pass: the document this order was imported as. */
  document: AccountingDocumentSchema.nullable(),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;

/**
 * How far the order's status is from the connector's threshold, as judged by the platform's own
 * rule (lib/shops/<platform>/status.ts). Check 3 only turns this into words.
 */
export const StatusAssessmentSchema = z.object({
  raw: z.string(),
  threshold: z.string(),
  outcome: z.enum(['reached', 'not-reached', 'cancelled', 'refunded', 'failed', 'trash', 'voided', 'expired', 'unknown']),
});
export type StatusAssessment = z.infer<typeof StatusAssessmentSchema>;

/** Whether a side accepted import-doctor's credentials (check 2). */
export type CredentialProbe = Fetched<true>;

/**
 * Everything the eight checks read, gathered by the diagnosis run. Each piece is Fetched: a check
 * whose input could not be read ends in `error` naming the failed call, never in a wrong pass.
 */
export interface CheckContext {
  /** The moment of the check, ISO instant. */
  now: string;
  platform: Platform;
  profile: ConnectionProfile;
  /** Origin of the admin page the merchant is on (scheme + host + port), for check 2. */
  pageOrigin: string | null;
  order: Fetched<Order>;
  /** Computed from the order by the platform's status rule; null when the order could not be read. */
  status: StatusAssessment | null;
  shopCredentials: CredentialProbe;
  /** Whether the platform lets the merchant enter the connector's own key (its descriptor's `keyIsConnectorKey`). */
  shopKeyIsConnectorKey: boolean;
  accountingCredentials: CredentialProbe;
  vatCodes: Fetched<VatCode[]>;
  glAccounts: Fetched<GlAccount[]>;
  /** Documents whose YourRef equals the order number, in the document type the edition uses. */
  documents: Fetched<AccountingDocument[]>;
  /** Items for the order's SKUs and the shipping article (only those found). */
  items: Fetched<Item[]>;
  itemWarehouses: Fetched<ItemWarehouse[]>;
  warehouses: Fetched<Warehouse[]>;
}

export interface Check {
  id: CheckId;
  run(ctx: CheckContext): CheckResult;
}

export const VerdictSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('already-imported'), document: AccountingDocumentSchema }),
  z.object({ kind: z.literal('will-not-import'), checkId: z.number().int() }),
  z.object({ kind: z.literal('cannot-tell'), checkIds: z.array(z.number().int()) }),
  z.object({ kind: z.literal('will-import'), afterArticleImport: z.boolean() }),
]);
export type Verdict = z.infer<typeof VerdictSchema>;

export type { Message, Failure };
