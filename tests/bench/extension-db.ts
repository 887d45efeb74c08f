import type { Page } from '@playwright/test';
import type { SyncRun } from '../../lib/sync/model';

/**
 * Reads the extension's own IndexedDB ('import-doctor', written by the background through Dexie)
 * with the raw IndexedDB API, from one of its pages (the popup): nothing of the product is loaded
 * into the page for it, so the figures are what the product stored.
 */
type Table = 'syncRuns' | 'syncOrders' | 'syncStage';

/** The stored classification of one order, as compared with the scenario's ground truth. */
export interface StoredClass {
  orderId: string;
  class: string;
  checkId: number | null;
}

/** Every row's `value` of one table, mapped in the page by `pick` (a self-contained function). */
function readValues<T>(page: Page, table: Table, pick: 'whole' | 'class'): Promise<T[]> {
  return page.evaluate(
    ({ name, mode }) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('import-doctor');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const read = db.transaction(name).objectStore(name).getAll();
          read.onsuccess = () => {
            db.close();
            const values = (read.result as { value: Record<string, unknown> }[]).map((row) => row.value);
            resolve(mode === 'whole' ? values : values.map((v) => ({ orderId: v.orderId, class: v.class, checkId: v.checkId ?? null })));
          };
          read.onerror = () => {
            db.close();
            reject(read.error);
          };
        };
      }),
    { name: table, mode: pick },
  ) as Promise<T[]>;
}

/** Number of rows of one table (0 when the table does not exist yet). */
export function countRows(page: Page, table: Table): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('import-doctor');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve(0);
            return;
          }
          const count = db.transaction(name).objectStore(name).count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => {
            db.close();
            reject(count.error);
          };
        };
      }),
    table,
  );
}

/** The run of one connection, as the background last wrote it (unparsed: the bench reads only a few fields). */
export async function readRun(page: Page, connectionId: string): Promise<SyncRun | null> {
  const runs = await readValues<SyncRun>(page, 'syncRuns', 'whole');
  return runs.find((run) => run.connectionId === connectionId) ?? null;
}

export function readStoredClasses(page: Page): Promise<StoredClass[]> {
  return readValues<StoredClass>(page, 'syncOrders', 'class');
}

export interface StorageFigures {
  /** `navigator.storage.estimate().usage`: the extension origin's whole storage. */
  usage: number;
  /** Chromium's `usageDetails.indexedDB`, when it gives one. */
  indexedDb: number | null;
}

export function storageEstimate(page: Page): Promise<StorageFigures> {
  return page.evaluate(async () => {
    const estimate = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
    return { usage: estimate.usage ?? 0, indexedDb: estimate.usageDetails?.indexedDB ?? null };
  });
}
