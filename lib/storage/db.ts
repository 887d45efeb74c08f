import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { PROFILE_MIGRATIONS, readStoredProfile } from './profile-versions';

/**
 * The extension's own IndexedDB, opened only by the background worker (and extension pages for
 * live queries). A content script opening it would get the SHOP's origin database, so
 * lib/storage is never imported from content-script code (enforced by lint).
 * Records are validated with zod where they are read (see the stores beside this file).
 */
export interface ProfileRow {
  id: string;
  /** ConnectionProfile JSON, migrated and parsed on read (lib/storage/profile-versions.ts). */
  profile: unknown;
  /** The version `profile` was written in; absent on rows written before versions existed. */
  schemaVersion?: number;
  updatedAt: number;
}

export interface SecretRow {
  /** `${connectionId}:${kind}` */
  id: string;
  connectionId: string;
  kind: string;
  value: unknown;
  updatedAt: number;
}

export interface CacheRow {
  /** e.g. `exact:4133185:vat-codes` */
  key: string;
  value: unknown;
  fetchedAt: number;
  expiresAt: number;
}

export interface KeyValueRow {
  key: string;
  value: unknown;
}

/** The reconciliation's rows (lib/sync/model.ts has their zod schemas; parsed on read). */
export interface SyncOrderRow {
  connectionId: string;
  orderId: string;
  class: string;
  createdAt: string;
  value: unknown;
}
export interface SyncRunRow {
  connectionId: string;
  value: unknown;
}
export interface SyncStatusRow {
  connectionId: string;
  value: unknown;
}
/** What a run has read so far (shop orders, accounting documents), kept until it is classified. */
export interface SyncStageRow {
  /** `${connectionId}:${kind}:${id}` */
  key: string;
  connectionId: string;
  kind: 'order' | 'document';
  value: unknown;
}

/** An order the change-feed reading has seen, kept across runs (lib/sync/feed-model.ts). */
export interface SyncKeptRow {
  connectionId: string;
  orderId: string;
  createdAt: string;
  value: unknown;
}
/** Per connection: where the change-feed reading stands between runs. */
export interface SyncFeedRow {
  connectionId: string;
  value: unknown;
}

export class ImportDoctorDb extends Dexie {
  profiles!: EntityTable<ProfileRow, 'id'>;
  secrets!: EntityTable<SecretRow, 'id'>;
  cache!: EntityTable<CacheRow, 'key'>;
  kv!: EntityTable<KeyValueRow, 'key'>;
  syncOrders!: Dexie.Table<SyncOrderRow, [string, string]>;
  syncRuns!: EntityTable<SyncRunRow, 'connectionId'>;
  syncStatus!: EntityTable<SyncStatusRow, 'connectionId'>;
  syncStage!: EntityTable<SyncStageRow, 'key'>;
  syncKept!: Dexie.Table<SyncKeptRow, [string, string]>;
  syncFeed!: EntityTable<SyncFeedRow, 'connectionId'>;

  constructor(name = 'import-doctor') {
    super(name);
    this.version(1).stores({
      profiles: 'id',
      secrets: 'id, connectionId',
      cache: 'key, expiresAt',
      kv: 'key',
    });
    this.version(2).stores({
      syncOrders: '[connectionId+orderId], connectionId, [connectionId+class], [connectionId+createdAt]',
      syncRuns: 'connectionId',
      syncStatus: 'connectionId',
      syncStage: 'key, [connectionId+kind]',
    });
    // Rows start saying their version; older profiles are migrated in place (a row that cannot be
    // migrated stays as it is: the options page names it, nothing is dropped). Two new tables for
    // shops read through a change feed; every other row of version 2 stays as it was.
    this.version(3)
      .stores({
        syncKept: '[connectionId+orderId], connectionId, [connectionId+createdAt]',
        syncFeed: 'connectionId',
      })
      .upgrade(migrateStoredProfiles);
  }
}

async function migrateStoredProfiles(tx: Transaction): Promise<void> {
  await tx
    .table<ProfileRow, string>('profiles')
    .toCollection()
    .modify((row) => {
      const read = readStoredProfile(row.profile, row.schemaVersion);
      if (!read.ok) return;
      row.profile = read.profile;
      row.schemaVersion = PROFILE_MIGRATIONS.current;
    });
}

let instance: ImportDoctorDb | null = null;

/** The single database instance of this context. */
export function db(): ImportDoctorDb {
  instance ??= new ImportDoctorDb();
  return instance;
}

/** Tests only: a fresh database per test. */
export function replaceDbForTests(next: ImportDoctorDb): void {
  instance = next;
}
