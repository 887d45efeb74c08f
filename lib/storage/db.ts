import Dexie, { type EntityTable } from 'dexie';

/**
 * The extension's own IndexedDB, opened only by the background worker (and extension pages for
 * live queries). A content script opening it would get the SHOP's origin database, so
 * lib/storage is never imported from content-script code (enforced by lint).
 * Records are validated with zod where they are read (see the stores beside this file).
 */
export interface ProfileRow {
  id: string;
  /** ConnectionProfile JSON, parsed on read. */
  profile: unknown;
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

export class ImportDoctorDb extends Dexie {
  profiles!: EntityTable<ProfileRow, 'id'>;
  secrets!: EntityTable<SecretRow, 'id'>;
  cache!: EntityTable<CacheRow, 'key'>;
  kv!: EntityTable<KeyValueRow, 'key'>;

  constructor(name = 'import-doctor') {
    super(name);
    this.version(1).stores({
      profiles: 'id',
      secrets: 'id, connectionId',
      cache: 'key, expiresAt',
      kv: 'key',
    });
  }
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
