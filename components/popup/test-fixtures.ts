/** Test-only: stored reconciliation rows, seeded the way the background writes them. */
import { vi } from 'vitest';
import { profileFixture } from '../../lib/config/fixtures';
import type { Answer } from '../../lib/messaging/protocol';
import type { ConnectionProfile } from '../../lib/model/connection';
import { ImportDoctorDb } from '../../lib/storage/db';
import { SYNC_CLASSES, SyncOrderSchema, SyncRunSchema, SyncStatusSchema, type SyncClass, type SyncOrder, type SyncRun, type SyncStatus } from '../../lib/sync/model';
import type { PopupActions } from './popup-context';

/** Wednesday 4 March 2026, 11:00 in Amsterdam. */
export const NOW = Date.parse('2026-03-04T10:00:00Z');
export const ZONE = 'Europe/Amsterdam';
const minutes = (n: number) => new Date(NOW + n * 60_000).toISOString();

export const freshDb = () => new ImportDoctorDb(`popup-${Math.random()}`);

export function status(connectionId: string, overrides: Partial<Omit<SyncStatus, 'counts'>> & { counts?: Partial<Record<SyncClass, number>> } = {}): SyncStatus {
  const { counts, ...rest } = overrides;
  return SyncStatusSchema.parse({
    connectionId,
    label: 'Webwinkel NL',
    platform: 'shopify',
    windowDays: 30,
    lastSuccessAt: minutes(-5),
    nextDueAt: minutes(10),
    shopOk: true,
    accountingOk: true,
    ...rest,
    counts: { ...Object.fromEntries(SYNC_CLASSES.map((c) => [c, 0])), ...counts },
  });
}

export function run(connectionId: string, overrides: Partial<SyncRun> = {}): SyncRun {
  return SyncRunSchema.parse({
    connectionId,
    runId: 'run-2',
    platform: 'shopify',
    startedAt: minutes(-1),
    since: '2026-02-02T10:00:00Z',
    phase: 'done',
    cursor: null,
    pausedUntil: null,
    pauseReason: null,
    failure: null,
    finishedAt: minutes(-5),
    progress: { orders: 40, documents: 35, classified: 40 },
    ...overrides,
  });
}

export function order(connectionId: string, orderId: string, overrides: Partial<SyncOrder> = {}): SyncOrder {
  return SyncOrderSchema.parse({
    connectionId,
    orderId,
    orderNumber: orderId,
    createdAt: '2026-03-01T12:00:00+01:00',
    class: 'missing',
    checkId: 3,
    reason: { key: 'check.3.fail.not-reached', params: { status: 'pending', threshold: 'paid' } },
    document: null,
    adminUrl: `https://admin.shopify.com/store/demo/orders/${orderId}`,
    runId: 'run-1',
    ...overrides,
  });
}

export async function seed(
  database: ImportDoctorDb,
  rows: { profiles?: ConnectionProfile[]; statuses?: SyncStatus[]; runs?: SyncRun[]; orders?: SyncOrder[] },
): Promise<void> {
  await database.profiles.bulkPut((rows.profiles ?? []).map((profile) => ({ id: profile.id, profile, updatedAt: NOW })));
  await database.syncStatus.bulkPut((rows.statuses ?? []).map((value) => ({ connectionId: value.connectionId, value })));
  await database.syncRuns.bulkPut((rows.runs ?? []).map((value) => ({ connectionId: value.connectionId, value })));
  await database.syncOrders.bulkPut(
    (rows.orders ?? []).map((value) => ({ connectionId: value.connectionId, orderId: value.orderId, class: value.class, createdAt: value.createdAt, value })),
  );
}

export const shopProfile = (overrides: Partial<ConnectionProfile> = {}) => profileFixture({ id: 'c1', label: 'Webwinkel NL', ...overrides });

export function fakeActions(overrides: Partial<PopupActions> = {}) {
  return {
    runNow: vi.fn<PopupActions['runNow']>(() => Promise.resolve<Answer>({ ok: true })),
    openOrder: vi.fn<PopupActions['openOrder']>(() => Promise.resolve()),
    openOptions: vi.fn<PopupActions['openOptions']>(() => Promise.resolve()),
    budget: vi.fn<PopupActions['budget']>(() => Promise.resolve(null)),
    ...overrides,
  };
}
