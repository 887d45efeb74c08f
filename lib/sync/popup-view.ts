import type { z } from 'zod';
import { accountingFor } from '../accounting/registry';
import type { BudgetSummary } from '../accounting/types';
import { ConnectionProfileSchema } from '../model/connection';
import type { Platform } from '../model/order';
import { db, type ImportDoctorDb } from '../storage/db';
import { getProfile } from '../storage/profiles';
import { SyncOrderSchema, SyncRunSchema, SyncStatusSchema, type SyncClass, type SyncOrder, type SyncRun, type SyncStatus } from './model';

/**
 * The popup's read-only view of the extension's IndexedDB: the only module the popup reads stored
 * data through (lint forbids components/** the storage and accounting layers). Its reads suit a
 * live query (components/popup/sync-data.ts): the popup opens at once from what is stored and
 * follows every write of the background's reconciliation. Reads only non-secret rows: profiles
 * (id, label, platform — a profile holds no secret), syncStatus, syncRuns, syncOrders and the
 * accounting system's budget reading. Never the `secrets` table, and it writes nothing. Rows that
 * do not parse are skipped, not trusted.
 */

/** The database the view reads (tests pass one of their own). */
export type PopupDatabase = ImportDoctorDb;
export type { BudgetSummary } from '../accounting/types';

export interface ConnectionView {
  id: string;
  label: string;
  platform: Platform;
  /** null: no run has finished yet. */
  status: SyncStatus | null;
  /** The current or last run; null before the first. */
  run: SyncRun | null;
}

export interface PopupData {
  connections: ConnectionView[];
  /** Missing and cannot-tell orders of every listed connection, newest first, at most MAX_LISTED. */
  problems: SyncOrder[];
  /** How many more there are beyond MAX_LISTED (the oldest). */
  more: number;
}

export const PROBLEM_CLASSES: readonly SyncClass[] = ['missing', 'cannot-tell'];
export const MAX_LISTED = 50;

/** The profile fields the popup may show; everything else in the row is ignored. */
const ProfileViewSchema = ConnectionProfileSchema.pick({ id: true, label: true, platform: true });

function parseAll<T>(rows: readonly { value: unknown }[], schema: z.ZodType<T>): T[] {
  return rows.flatMap((row) => {
    const parsed = schema.safeParse(row.value);
    return parsed.success ? [parsed.data] : [];
  });
}

const newestFirst = (a: SyncOrder, b: SyncOrder): number =>
  Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.orderNumber.localeCompare(a.orderNumber, undefined, { numeric: true });

/**
 * One consistent snapshot. Connections are those with a profile, plus any with sync rows (so the
 * list always agrees with the badge, which counts every stored status), ordered by label.
 */
export async function readPopupData(database: ImportDoctorDb = db()): Promise<PopupData> {
  const [profileRows, statusRows, runRows] = await Promise.all([database.profiles.toArray(), database.syncStatus.toArray(), database.syncRuns.toArray()]);
  const profiles = profileRows.flatMap((row) => {
    const parsed = ProfileViewSchema.safeParse(row.profile);
    return parsed.success ? [parsed.data] : [];
  });
  const statuses = new Map(parseAll(statusRows, SyncStatusSchema).map((s) => [s.connectionId, s]));
  const runs = new Map(parseAll(runRows, SyncRunSchema).map((r) => [r.connectionId, r]));

  const byId = new Map<string, ConnectionView>();
  for (const p of profiles) byId.set(p.id, { id: p.id, label: p.label, platform: p.platform, status: null, run: null });
  for (const s of statuses.values()) if (!byId.has(s.connectionId)) byId.set(s.connectionId, { id: s.connectionId, label: s.label, platform: s.platform, status: null, run: null });
  for (const r of runs.values()) if (!byId.has(r.connectionId)) byId.set(r.connectionId, { id: r.connectionId, label: r.connectionId, platform: r.platform, status: null, run: null });
  const connections = [...byId.values()]
    .map((c) => ({ ...c, status: statuses.get(c.id) ?? null, run: runs.get(c.id) ?? null }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));

  const keys = connections.flatMap((c) => PROBLEM_CLASSES.map((cls): [string, string] => [c.id, cls]));
  const orderRows = keys.length > 0 ? await database.syncOrders.where('[connectionId+class]').anyOf(keys).toArray() : [];
  const problems = parseAll(orderRows, SyncOrderSchema)
    .filter((o) => PROBLEM_CLASSES.includes(o.class))
    .sort(newestFirst);
  return { connections, problems: problems.slice(0, MAX_LISTED), more: Math.max(0, problems.length - MAX_LISTED) };
}

/** A run is going (possibly paused, waiting for its alarm) until it is done or failed. */
export function isRunning(run: SyncRun | null): boolean {
  return run !== null && run.phase !== 'done' && run.failure === null && run.finishedAt === null;
}

/** The run while it is going, else null. */
export function activeRun(run: SyncRun | null): SyncRun | null {
  return isRunning(run) ? run : null;
}

/**
 * The accounting system's calls left today for a connection, as last seen (a kv row, no secret),
 * asked through the accounting contract; null when not known (yet) or the connection is gone.
 */
export async function readBudget(connectionId: string, now: () => number = Date.now): Promise<BudgetSummary | null> {
  const profile = await getProfile(connectionId);
  if (!profile) return null;
  return accountingFor(profile).budget(profile, now);
}
