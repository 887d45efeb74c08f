import { z } from 'zod';
import { MessageSchema } from '../i18n/message';
import { FailureSchema } from '../model/fetched';
import { InstantSchema, PlatformSchema } from '../model/order';
import { FeedCursorSchema, UnreadDaySchema } from './feed-model';

/**
 * The reconciliation's stored records: what the popup shows and what a stopped worker resumes
 * from. Written only by the background (lib/sync/), read by the popup through live queries.
 * No secret is ever part of these records.
 */

/** How one recent order stands: the popup's classes. */
export const SyncClassSchema = z.enum(['imported', 'waiting', 'before-install', 'missing', 'cannot-tell']);
export type SyncClass = z.infer<typeof SyncClassSchema>;
export const SYNC_CLASSES = SyncClassSchema.options;

/** One order of the window as last classified. Key: [connectionId, orderId]. */
export const SyncOrderSchema = z.object({
  connectionId: z.string(),
  orderId: z.string(),
  /** What the connector writes into YourRef (each descriptor's `connector.referenceField`). */
  orderNumber: z.string(),
  createdAt: InstantSchema,
  class: SyncClassSchema,
  /** missing: the first failing check; cannot-tell: the first check in error; else null. */
  checkId: z.number().int().min(1).max(8).nullable(),
  /** One line for the popup: the check's summary, or why the class was chosen. */
  reason: MessageSchema.nullable(),
  /** imported: the document it became, e.g. "Sales order 5005". */
  document: z.object({ type: z.string(), number: z.string() }).nullable(),
  /** The order page in the shop admin (the panel runs there). */
  adminUrl: z.string(),
  /** The run that last classified this order. */
  runId: z.string(),
});
export type SyncOrder = z.infer<typeof SyncOrderSchema>;

export const DocumentFeedSchema = z.enum(['bulk', 'sync', 'normal', 'normal-fallback']);

export const PauseReasonSchema = z.enum(['rate-limit', 'daily-budget', 'error-budget', 'offline', 'server']);
export type PauseReason = z.infer<typeof PauseReasonSchema>;

/** The phases of a run, in order; each resumes from its cursor. */
export const SyncPhaseSchema = z.enum(['orders', 'documents', 'classify', 'done']);
export type SyncPhase = z.infer<typeof SyncPhaseSchema>;

/** One connection's current (or last) run. Key: connectionId. */
export const SyncRunSchema = z.object({
  connectionId: z.string(),
  runId: z.string(),
  platform: PlatformSchema,
  startedAt: InstantSchema,
  /** Start of the window: orders created at or after this instant. */
  since: InstantSchema,
  phase: SyncPhaseSchema,
  /** Opaque paging cursors of the phase in progress (shop cursor, Exact __next URL). */
  cursor: z.string().nullable(),
  /** Set while the run waits for a rate limit or the daily budget; the alarm wakes it then. */
  pausedUntil: InstantSchema.nullable(),
  pauseReason: PauseReasonSchema.nullable(),
  /** The run ended without a result: why (credentials refused, malformed answers, …). */
  failure: FailureSchema.nullable(),
  finishedAt: InstantSchema.nullable(),
  progress: z.object({
    orders: z.number().int().nonnegative(),
    documents: z.number().int().nonnegative(),
    classified: z.number().int().nonnegative(),
  }),
  /** Which list the documents phase read (Exact: bulk, or sync where the bulk filter is refused). */
  documentsFeed: DocumentFeedSchema.nullish(),
  /** Shops with a change feed: the listing's day and page reached (absent on older rows). */
  feed: FeedCursorSchema.nullish(),
});
export type SyncRun = z.infer<typeof SyncRunSchema>;

/** Per connection, what the popup shows at once; updated at the end of every run. Key: connectionId. */
export const SyncStatusSchema = z.object({
  connectionId: z.string(),
  label: z.string(),
  platform: PlatformSchema,
  windowDays: z.number().int().positive(),
  counts: z.record(SyncClassSchema, z.number().int().nonnegative()),
  lastSuccessAt: InstantSchema.nullable(),
  nextDueAt: InstantSchema.nullable(),
  /** Credentials as the last run found them: null before any run. */
  shopOk: z.boolean().nullable(),
  accountingOk: z.boolean().nullable(),
  /** The documents' list of the last complete run; the popup names the sync fallback. */
  documentsFeed: DocumentFeedSchema.nullish(),
  /** Days of the window the shop could not be read for: the counts are then incomplete (absent on older rows). */
  unread: z.array(UnreadDaySchema).optional(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

/** The reconciliation's settings (one record): how often and how far back. */
export const SyncSettingsSchema = z.object({
  intervalMinutes: z.number().int().min(5).max(24 * 60),
  windowDays: z.number().int().min(1).max(60),
});
export type SyncSettings = z.infer<typeof SyncSettingsSchema>;
export const DEFAULT_SYNC_SETTINGS: SyncSettings = { intervalMinutes: 15, windowDays: 30 };
