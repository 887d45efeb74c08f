import type { z } from 'zod';
import { AccountingDocumentSchema, type AccountingDocument } from '../model/accounting';
import { OrderSchema, type Order } from '../model/order';
import { db } from '../storage/db';
import {
  DEFAULT_SYNC_SETTINGS,
  SyncOrderSchema,
  SyncRunSchema,
  SyncSettingsSchema,
  SyncStatusSchema,
  type SyncOrder,
  type SyncRun,
  type SyncSettings,
  type SyncStatus,
} from './model';

/**
 * The reconciliation's reads and writes. Every row is parsed with its schema on the way out: a
 * row that no longer fits (an old version, a damaged database) is treated as absent, so a run
 * starts over instead of acting on garbage.
 */

const SETTINGS_KEY = 'sync:settings';

function parsed<T>(schema: z.ZodType<T>, value: unknown): T | null {
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
}

export const stageKey = (connectionId: string, kind: 'order' | 'document', id: string) => `${connectionId}:${kind}:${id}`;

export async function readRun(connectionId: string): Promise<SyncRun | null> {
  const row = await db().syncRuns.get(connectionId);
  return row ? parsed(SyncRunSchema, row.value) : null;
}

export async function writeRun(run: SyncRun): Promise<void> {
  await db().syncRuns.put({ connectionId: run.connectionId, value: SyncRunSchema.parse(run) });
}

export async function listRuns(): Promise<SyncRun[]> {
  const rows = await db().syncRuns.toArray();
  return rows.map((row) => parsed(SyncRunSchema, row.value)).filter((run): run is SyncRun => run !== null);
}

/**
 * One page read, and where to go on from, in one transaction: a worker stopped between the two
 * would otherwise read the page again (harmless, rows are keyed) or skip it (not harmless).
 */
export async function savePage(run: SyncRun, kind: 'order' | 'document', rows: readonly (Order | AccountingDocument)[]): Promise<void> {
  const d = db();
  await d.transaction('rw', d.syncStage, d.syncRuns, async () => {
    await d.syncStage.bulkPut(
      rows.map((value) => ({
        key: stageKey(run.connectionId, kind, 'orderId' in value ? value.orderId : value.id),
        connectionId: run.connectionId,
        kind,
        value,
      })),
    );
    await writeRun(run);
  });
}

export async function stagedOrders(connectionId: string): Promise<Order[]> {
  const rows = await db().syncStage.where({ connectionId, kind: 'order' }).toArray();
  return rows.map((row) => parsed(OrderSchema, row.value)).filter((order): order is Order => order !== null);
}

export async function stagedDocuments(connectionId: string): Promise<AccountingDocument[]> {
  const rows = await db().syncStage.where({ connectionId, kind: 'document' }).toArray();
  return rows.map((row) => parsed(AccountingDocumentSchema, row.value)).filter((doc): doc is AccountingDocument => doc !== null);
}

/** Forgets what an unfinished run had read (a new run starts from scratch). */
export async function clearStage(connectionId: string): Promise<void> {
  await db().syncStage.where('connectionId').equals(connectionId).delete();
}

/** The classified window replaces the previous one whole, together with the run's end and the status. */
export async function saveResult(run: SyncRun, orders: readonly SyncOrder[], status: SyncStatus): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.syncOrders, d.syncStage, d.syncRuns, d.syncStatus], async () => {
    await d.syncOrders.where('connectionId').equals(run.connectionId).delete();
    await d.syncOrders.bulkPut(
      orders.map((order) => ({
        connectionId: order.connectionId,
        orderId: order.orderId,
        class: order.class,
        createdAt: order.createdAt,
        value: SyncOrderSchema.parse(order),
      })),
    );
    await d.syncStage.where('connectionId').equals(run.connectionId).delete();
    await writeRun(run);
    await writeStatus(status);
  });
}

export async function readOrders(connectionId: string): Promise<SyncOrder[]> {
  const rows = await db().syncOrders.where('connectionId').equals(connectionId).toArray();
  return rows.map((row) => parsed(SyncOrderSchema, row.value)).filter((order): order is SyncOrder => order !== null);
}

export async function readStatus(connectionId: string): Promise<SyncStatus | null> {
  const row = await db().syncStatus.get(connectionId);
  return row ? parsed(SyncStatusSchema, row.value) : null;
}

export async function writeStatus(status: SyncStatus): Promise<void> {
  await db().syncStatus.put({ connectionId: status.connectionId, value: SyncStatusSchema.parse(status) });
}

export async function listStatuses(): Promise<SyncStatus[]> {
  const rows = await db().syncStatus.toArray();
  return rows.map((row) => parsed(SyncStatusSchema, row.value)).filter((status): status is SyncStatus => status !== null);
}

/** Everything of a connection that was deleted. */
export async function forgetConnection(connectionId: string): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.syncOrders, d.syncStage, d.syncRuns, d.syncStatus, d.syncKept, d.syncFeed], async () => {
    await d.syncOrders.where('connectionId').equals(connectionId).delete();
    await d.syncStage.where('connectionId').equals(connectionId).delete();
    await d.syncRuns.delete(connectionId);
    await d.syncStatus.delete(connectionId);
    await d.syncKept.where('connectionId').equals(connectionId).delete();
    await d.syncFeed.delete(connectionId);
  });
}

export async function readSettings(): Promise<SyncSettings> {
  const row = await db().kv.get(SETTINGS_KEY);
  return (row && parsed(SyncSettingsSchema, row.value)) ?? DEFAULT_SYNC_SETTINGS;
}

export async function writeSettings(settings: SyncSettings): Promise<void> {
  await db().kv.put({ key: SETTINGS_KEY, value: SyncSettingsSchema.parse(settings) });
}
