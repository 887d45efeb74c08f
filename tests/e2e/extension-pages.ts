import type { BrowserContext, Page } from '@playwright/test';

/** What the reconciliation stored, read from the extension's own IndexedDB on one of its pages (the popup). */
export async function stored<T>(page: Page, table: 'syncOrders' | 'syncRuns'): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('import-doctor');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return resolve([]);
          const read = db.transaction(name).objectStore(name).getAll();
          read.onsuccess = () => resolve((read.result as { value: unknown }[]).map((row) => row.value));
          read.onerror = () => reject(read.error);
        };
      }),
    table,
  ) as Promise<T[]>;
}

export async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  return popup;
}
